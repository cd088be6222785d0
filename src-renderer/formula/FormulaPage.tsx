import { useEffect, useState } from 'react';
import type { CaregiverSummary, CoverageCheck, InfantSummary, PrescriptionStatus } from '../../src-shared/contract/types';
import { formulaText } from '../../src-shared/formula/text-fields';
import { formulaUi as t } from '../../src-shared/formula/ui-text';
import { call } from '../api/client';
import { FormError } from '../components/fields';
import { CaregiverCard } from './CaregiverCard';
import { CoverageImport } from './CoverageImport';
import { CaregiverSearch } from './CaregiverSearch';
import { DeliveriesPanel } from './DeliveriesPanel';
import { NewCaregiverForm } from './NewCaregiverForm';
import { NewPrescriptionForm } from './NewPrescriptionForm';

/** Search a caregiver → pick or add an infant → its prescriptions and deliveries. */
export function FormulaPage({ canWrite }: { canWrite: boolean }) {
  const [caregiver, setCaregiver] = useState<CaregiverSummary | null>(null);
  const [registering, setRegistering] = useState<CoverageCheck | null>(null);
  const [infant, setInfant] = useState<InfantSummary | null>(null);
  const [prescriptions, setPrescriptions] = useState<readonly PrescriptionStatus[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!infant) return;
    void call('formula.infantPrescriptions', { infantId: infant.id }).then((result) => {
      if (result.ok) setPrescriptions(result.value);
    });
  }, [infant]);

  const open = (found: CaregiverSummary) => {
    setCaregiver(found);
    setRegistering(null);
    setInfant(found.infants.length === 1 ? (found.infants[0] ?? null) : null);
  };
  const register = async (nationalId: string) => {
    const result = await call('formula.checkCoverage', { nationalId });
    if (!result.ok) {
      setError(result.error.fieldErrors?.nationalId ?? result.error.message);
      return;
    }
    setError(result.value.covered ? formulaText.coveredRefusal : null);
    if (result.value.existing) open(result.value.existing);
    else if (!result.value.covered) setRegistering(result.value);
  };
  const replaceStatus = (status: PrescriptionStatus) =>
    setPrescriptions((list) => (list.some((p) => p.id === status.id) ? list.map((p) => (p.id === status.id ? status : p)) : [status, ...list]));

  return (
    <section className="page" aria-labelledby="formula-title">
      <h1 id="formula-title">{t.title}</h1>
      {caregiver || registering ? (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setCaregiver(null);
            setRegistering(null);
            setInfant(null);
          }}
        >
          {t.back}
        </button>
      ) : (
        <CaregiverSearch onOpen={open} onRegister={(id) => void register(id)} />
      )}
      <FormError message={error} />
      {!caregiver && !registering && canWrite ? <CoverageImport /> : null}
      {registering && canWrite ? <NewCaregiverForm check={registering} onSaved={open} /> : null}
      {caregiver ? <CaregiverCard caregiver={caregiver} selectedInfantId={infant?.id ?? null} onPick={setInfant} onChanged={setCaregiver} /> : null}
      {caregiver && infant ? (
        <section aria-label={t.prescriptions}>
          <h2>
            {t.prescriptions}: {infant.firstNames} {infant.lastNames}
          </h2>
          {prescriptions.length === 0 ? <p>{t.noPrescriptions}</p> : null}
          {prescriptions.map((status) => (
            <DeliveriesPanel key={status.id} status={status} canWrite={canWrite} onChanged={replaceStatus} />
          ))}
          {canWrite ? (
            <details open={prescriptions.length === 0}>
              <summary>{t.newPrescription}</summary>
              <NewPrescriptionForm key={infant.id} infant={infant} onSaved={replaceStatus} />
            </details>
          ) : null}
        </section>
      ) : null}
    </section>
  );
}
