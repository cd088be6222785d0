import { showIsoDate } from '../../src-shared/common/dates';
import type { CaregiverSummary, InfantSummary } from '../../src-shared/contract/types';
import { newInfantSchema } from '../../src-shared/formula/schemas';
import { formulaUi as t } from '../../src-shared/formula/ui-text';
import { RecordHistory } from '../audit/RecordHistory';
import { call } from '../api/client';
import { FormFooter, SelectField, TextField } from '../components/fields';
import { useForm } from '../forms/use-form';

interface CardProps {
  readonly caregiver: CaregiverSummary;
  readonly selectedInfantId: string | null;
  readonly onPick: (infant: InfantSummary) => void;
  readonly onChanged: (caregiver: CaregiverSummary) => void;
}

export function CaregiverCard({ caregiver, selectedInfantId, onPick, onChanged }: CardProps) {
  const form = useForm(t.newInfant, { caregiverId: caregiver.id, firstNames: '', lastNames: caregiver.lastNames, nationalId: '', birthDate: '', sex: '' });
  return (
    <section className="card" aria-label={`${caregiver.firstNames} ${caregiver.lastNames}`}>
      <h2>
        {caregiver.lastNames}, {caregiver.firstNames} <span className="hint">DNI {caregiver.nationalId}</span>
      </h2>
      <p className="hint">{[caregiver.phone, caregiver.email, caregiver.address].filter(Boolean).join(' · ')}</p>
      <RecordHistory table="caregivers" id={caregiver.id} what={`${caregiver.lastNames}, ${caregiver.firstNames}`} />
      <h3>{t.infants}</h3>
      {caregiver.infants.length === 0 ? <p>{t.noInfants}</p> : null}
      <ul className="result-list">
        {caregiver.infants.map((infant) => (
          <li key={infant.id}>
            <button
              type="button"
              className={infant.id === selectedInfantId ? 'result selected' : 'result'}
              aria-pressed={infant.id === selectedInfantId}
              onClick={() => onPick(infant)}
            >
              <strong>
                {infant.firstNames} {infant.lastNames}
              </strong>{' '}
              <span className="hint">{showIsoDate(infant.birthDate)}</span>
            </button>
          </li>
        ))}
      </ul>
      <details>
        <summary>{t.newInfant}</summary>
        <form
          className="stack narrow-form"
          aria-label={t.newInfant}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
                form.save(newInfantSchema, (input) => call('formula.createInfant', input), onChanged);
          }}
        >
          <TextField form={form} name="firstNames" label={t.firstNames} />
          <TextField form={form} name="lastNames" label={t.lastNames} />
          <TextField form={form} name="birthDate" label={t.birthDate} type="date" width="short" />
          <TextField form={form} name="nationalId" label={t.infantNationalId} width="short" inputMode="numeric" />
          <SelectField form={form} name="sex" label={t.sex} options={t.sexOptions} />
          <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.save} />
        </form>
      </details>
    </section>
  );
}
