import { showIsoDate } from '../../src-shared/common/dates';
import type { CaregiverSummary, InfantSummary } from '../../src-shared/contract/types';
import { newInfantSchema } from '../../src-shared/formula/schemas';
import { formulaUi as t } from '../../src-shared/formula/ui-text';
import { RecordHistory } from '../audit/RecordHistory';
import { call } from '../api/client';
import { CheckboxField, FormFooter, SelectField, TextField } from '../components/fields';
import { EditRecordButton } from '../records/EditRecordButton';
import { useForm } from '../forms/use-form';

interface CardProps {
  readonly caregiver: CaregiverSummary;
  readonly selectedInfantId: string | null;
  readonly canWrite: boolean;
  readonly onPick: (infant: InfantSummary) => void;
  readonly onChanged: (caregiver: CaregiverSummary) => void;
}

interface InfantValues extends Record<string, string | boolean> {
  readonly caregiverId: string;
  readonly firstNames: string;
  readonly lastNames: string;
  readonly nationalId: string;
  readonly birthDate: string;
  readonly sex: string;
  readonly confirmLikelyDuplicate: boolean;
}

export function CaregiverCard({ caregiver, selectedInfantId, canWrite, onPick, onChanged }: CardProps) {
  const form = useForm<InfantValues>(t.newInfant, { caregiverId: caregiver.id, firstNames: '', lastNames: caregiver.lastNames, nationalId: '', birthDate: '', sex: '', confirmLikelyDuplicate: false });
  const caregiverName = `${caregiver.firstNames} ${caregiver.lastNames}`;
  return (
    <section className="card" aria-label={`${caregiver.firstNames} ${caregiver.lastNames}`}>
      <h2>
        {caregiver.lastNames}, {caregiver.firstNames} <span className="hint">DNI {caregiver.nationalId}</span>
      </h2>
      <p className="hint">{[caregiver.phone, caregiver.email, caregiver.address].filter(Boolean).join(' · ')}</p>
      <div className="button-row">
        <RecordHistory table="caregivers" id={caregiver.id} what={`${caregiver.lastNames}, ${caregiver.firstNames}`} />
        {canWrite ? <EditRecordButton table="caregivers" id={caregiver.id} what={caregiverName} /> : null}
      </div>
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
            {canWrite ? <EditRecordButton table="infants" id={infant.id} what={`${infant.firstNames} ${infant.lastNames}`} /> : null}
          </li>
        ))}
      </ul>
      {canWrite ? (
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
          {form.errors.confirmLikelyDuplicate || form.values.confirmLikelyDuplicate ? <CheckboxField form={form} name="confirmLikelyDuplicate" label={t.otherInfant} /> : null}
          <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.save} />
        </form>
      </details>
      ) : null}
    </section>
  );
}
