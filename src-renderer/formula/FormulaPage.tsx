import { useEffect, useRef, useState } from 'react';
import type { CaregiverSummary, CoverageCheck, PrescriptionStatus } from '../../src-shared/contract/types';
import { formulaText } from '../../src-shared/formula/text-fields';
import { formulaUi as t } from '../../src-shared/formula/ui-text';
import { call } from '../api/client';
import { useApiQuery } from '../api/query';
import { todayLocal } from './today';
import { FormError } from '../components/fields';
import { CaregiverCard } from './CaregiverCard';
import { CoverageImport } from './CoverageImport';
import { CaregiverSearch } from './CaregiverSearch';
import { DeliveriesPanel } from './DeliveriesPanel';
import { NewCaregiverForm } from './NewCaregiverForm';
import { NewPrescriptionForm } from './NewPrescriptionForm';
import { useCountryProfile } from '../shell/site-context';

/**
 * Search a caregiver → pick or add an infant → its prescriptions and deliveries. What it shows is asked
 * of main on every visit and again after any save anywhere (a delivery typed in the Planilla included).
 */
export function FormulaPage({ canWrite, active, request }: { canWrite: boolean; active: boolean; request: { readonly caregiverId: string; readonly seq: number } | null }) {
  const profile = useCountryProfile();
  const [caregiverId, setCaregiverId] = useState<string | null>(null);
  const [registering, setRegistering] = useState<CoverageCheck | null>(null);
  const [infantId, setInfantId] = useState<string | null>(null);
  // Opened from a list row or a work list: that caregiver, once per request (state derived during render).
  const [seenRequest, setSeenRequest] = useState(0);
  if (request && request.seq !== seenRequest) {
    setSeenRequest(request.seq);
    setCaregiverId(request.caregiverId);
    setRegistering(null);
    setInfantId(null);
  }
  const [error, setError] = useState<string | null>(null);
  const caregiver = useApiQuery('formula.getCaregiver', caregiverId ? { id: caregiverId } : null).data;
  // The infant chosen, or the only one (a caregiver opened from a list goes straight to the prescriptions).
  const infant = caregiver?.infants.find((i) => i.id === infantId) ?? (caregiver?.infants.length === 1 ? caregiver.infants[0] : undefined) ?? null;
  const prescriptions = useApiQuery('formula.infantPrescriptions', infant ? { infantId: infant.id } : null).data ?? [];
  const current = currentOf(prescriptions, todayLocal());
  const pageRef = useRef<HTMLElement>(null);
  // Coming back to Fórmula puts the cursor in the search (or on "back to the search" with a caregiver open).
  useEffect(() => {
    if (active) pageRef.current?.querySelector<HTMLElement>('#caregiver-search, .formula-back')?.focus();
  }, [active]);

  const open = (found: CaregiverSummary) => {
    setCaregiverId(found.id);
    setRegistering(null);
    setInfantId(found.infants.length === 1 ? (found.infants[0]?.id ?? null) : null);
  };
  const register = async (nationalId: string) => {
    const result = await call('formula.checkCoverage', { nationalId });
    if (!result.ok) {
      setError(result.error.fieldErrors?.nationalId ?? result.error.message);
      return;
    }
    setError(result.value.covered ? formulaText.coveredRefusal(profile.coverageTerm) : null);
    if (result.value.existing) open(result.value.existing);
    else if (!result.value.covered) setRegistering(result.value);
  };
  // A new infant is the one the caregiver did not have: it opens at once.
  const afterNewInfant = (updated: CaregiverSummary) => {
    const known = new Set(caregiver?.infants.map((i) => i.id));
    const added = updated.infants.find((i) => !known.has(i.id));
    if (added) setInfantId(added.id);
  };

  return (
    <section className="page" aria-labelledby="formula-title" ref={pageRef}>
      <h1 id="formula-title">{t.title}</h1>
      {caregiverId || registering ? (
        <button
          type="button"
          className="link-button formula-back"
          onClick={() => {
            setCaregiverId(null);
            setRegistering(null);
            setInfantId(null);
          }}
        >
          {t.back}
        </button>
      ) : (
        <CaregiverSearch onOpen={open} onRegister={(id) => void register(id)} />
      )}
      <FormError message={error} />
      {!caregiverId && !registering && canWrite ? <CoverageImport /> : null}
      {registering && canWrite ? <NewCaregiverForm check={registering} onSaved={open} /> : null}
      {caregiver ? <CaregiverCard caregiver={caregiver} selectedInfantId={infant?.id ?? null} canWrite={canWrite} onPick={(picked) => setInfantId(picked.id)} onChanged={afterNewInfant} /> : null}
      {caregiver && infant ? (
        <section aria-label={t.prescriptions}>
          <h2>
            {t.prescriptions}: {infant.firstNames} {infant.lastNames}
          </h2>
          {prescriptions.length === 0 ? <p>{t.noPrescriptions}</p> : null}
          {prescriptions.map((status) => (
            <DeliveriesPanel key={status.id} status={status} canWrite={canWrite} />
          ))}
          {canWrite ? (
            <details open={prescriptions.length === 0}>
              <summary>{current ? t.renewPrescription : t.newPrescription}</summary>
              <NewPrescriptionForm key={`${infant.id}-${current?.id ?? ''}`} infant={infant} caregiver={caregiver} current={current} />
            </details>
          ) : null}
        </section>
      ) : null}
    </section>
  );
}

/** The infant's current prescription (active or suspended, its period not over), newest first. */
function currentOf(prescriptions: readonly PrescriptionStatus[], today: string): PrescriptionStatus | null {
  return prescriptions.find((p) => p.status !== 'closed' && p.prescriptionDate <= today && today <= p.lastDeliveryDay) ?? null;
}
