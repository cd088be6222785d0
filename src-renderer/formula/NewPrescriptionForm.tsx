import { useEffect, useState } from 'react';
import { dateFromInput, showIsoDate } from '../../src-shared/common/dates';
import { formatThousands } from '../../src-shared/common/text';
import type { CaregiverSummary, InfantSummary, PrescriptionStatus } from '../../src-shared/contract/types';
import { prescriptionEntitlement } from '../../src-shared/formula/prescription-entitlement';
import { DEFAULT_REASONS, findReason, type ListedReason } from '../../src-shared/formula/reasons';
import { newPrescriptionSchema } from '../../src-shared/formula/schemas';
import { entitlementRefusalMessage } from '../../src-shared/formula/text';
import { formulaUi as t } from '../../src-shared/formula/ui-text';
import { call } from '../api/client';
import { readAsBase64 } from '../attachments/read-file';
import { CheckboxField, FormError, FormFooter, Notice, RadioGroup, SelectField, TextField } from '../components/fields';
import { usePrint } from '../printing/use-print';
import { useForm, type FormState } from '../forms/use-form';
import { todayForInput, todayLocal } from './today';


/** The HIV section starts from what the caregiver's record already says (issue 14.7). */
function initialValues(infantId: string, renews: boolean, caregiver: Pick<CaregiverSummary, 'birthDate' | 'sex'> | null) {
  return {
    infantId,
    renews,
    prescriptionDate: todayForInput(),
    reasonCode: '',
    milkType: 'Fórmula de inicio',
    replacement: 'total',
    gramsPerMonth: '',
    durationMonths: '6',
    monthsOverride: '',
    gestationalWeeks: '',
    birthWeightGrams: '',
    prescriberName: '',
    prescriberProfession: '',
    prescriberLicence: '',
    hivCaregiverBirthDate: caregiver?.birthDate ? showIsoDate(caregiver.birthDate) : '',
    hivCaregiverSex: caregiver?.sex ?? '',
    hivViralLoad: '',
    hivModality: '',
    counselor1Name: '',
    counselor1Profession: '',
    counselor2Name: '',
    counselor2Profession: '',
  };
}
type Values = ReturnType<typeof initialValues>;

/** What the typed prescription would grant, computed as you type with the same rules main applies. */
function liveEntitlement(infant: InfantSummary, v: Values, reasons: readonly ListedReason[]): { text: string; refused: boolean } | null {
  const prescriptionDate = dateFromInput(v.prescriptionDate);
  if (!findReason(v.reasonCode, reasons) || !prescriptionDate) return null;
  const result = prescriptionEntitlement(
    {
      birthDate: infant.birthDate,
      prescriptionDate,
      durationMonths: Number(v.durationMonths),
      replacement: v.replacement === 'partial' ? 'partial' : 'total',
      gramsPerMonth: Number(v.gramsPerMonth),
      reasonCode: v.reasonCode,
      gestationalWeeks: v.gestationalWeeks ? Number(v.gestationalWeeks) : null,
      monthsOverride: v.monthsOverride ? Number(v.monthsOverride) : null,
    },
    todayLocal(),
  );
  return result.ok
    ? { text: t.live(result.value.months, formatThousands(result.value.gramsAllowed)), refused: false }
    : { text: entitlementRefusalMessage(result.refusal), refused: true };
}

function FileField({ form, name, label, onFile }: { form: FormState<Values>; name: string; label: string; onFile: (file: File | null) => void }) {
  const id = `${form.id}-${name}`;
  const error = form.errors[name];
  return (
    <div className={`field ${error ? 'has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <input id={id} type="file" accept="image/jpeg,image/png,image/webp,image/tiff,application/pdf" onChange={(e) => onFile(e.target.files?.[0] ?? null)} />
    </div>
  );
}

export function NewPrescriptionForm({
  infant,
  caregiver,
  current,
  onSaved,
}: {
  infant: InfantSummary;
  caregiver: CaregiverSummary | null;
  current: PrescriptionStatus | null;
  onSaved?: (status: PrescriptionStatus) => void;
}) {
  const form = useForm(t.newPrescription, initialValues(infant.id, current !== null, caregiver));
  const [image, setImage] = useState<File | null>(null);
  const [declaration, setDeclaration] = useState<File | null>(null);
  // The list in force here: the FI's, as the microrred or red keeps it (withdrawn reasons are not offered).
  const [reasons, setReasons] = useState<readonly ListedReason[]>(DEFAULT_REASONS.map((r) => ({ ...r, active: true })));
  useEffect(() => {
    void call('formula.reasons', {}).then((result) => {
      if (result.ok) setReasons(result.value.filter((r) => r.active));
    });
  }, []);
  const reasonOptions = [{ value: '', label: t.chooseReason }, ...reasons.map((r) => ({ value: r.code, label: r.label }))];
  const reason = findReason(form.values.reasonCode, reasons);
  const live = liveEntitlement(infant, form.values, reasons);
  const printing = usePrint();

  return (
    <form
      className="card stack narrow-form"
      aria-label={t.newPrescription}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit(newPrescriptionSchema, async (input) => {
          const file = async (f: File | null) => (f ? { fileName: f.name, dataBase64: await readAsBase64(f) } : null);
          const result = await call('formula.createPrescription', {
            ...input,
            renewsPrescriptionId: current && form.values.renews ? current.id : null,
            prescriptionImage: await file(image),
            counselingDeclaration: await file(declaration),
          });
          if (result.ok) {
            form.reset();
            onSaved?.(result.value);
          }
          return result;
        });
      }}
    >
      <h3>{current ? t.renewPrescription : t.newPrescription}</h3>
      {current ? <CheckboxField form={form} name="renews" label={t.renews(showIsoDate(current.prescriptionDate))} /> : null}
      <TextField form={form} name="prescriptionDate" label={t.prescriptionDate} type="date" width="short" />
      <SelectField form={form} name="reasonCode" label={t.reason} options={reasonOptions} />
      <TextField form={form} name="milkType" label={t.milkType} />
      <RadioGroup
        form={form}
        name="replacement"
        label={t.replacement}
        options={[
          { value: 'total', label: t.total },
          { value: 'partial', label: t.partial },
        ]}
      />
      {form.values.replacement === 'partial' ? <TextField form={form} name="gramsPerMonth" label={t.gramsPerMonth} inputMode="numeric" width="short" /> : null}
      <TextField form={form} name="durationMonths" label={t.durationMonths} inputMode="numeric" width="short" />
      <TextField form={form} name="monthsOverride" label={t.monthsOverride} inputMode="numeric" width="short" />
      {reason?.rule === 'prematureCorrectedAge' ? (
        <>
          <TextField form={form} name="gestationalWeeks" label={t.gestationalWeeks} inputMode="numeric" width="short" />
          <TextField form={form} name="birthWeightGrams" label={t.birthWeight} inputMode="numeric" width="short" />
        </>
      ) : null}
      {live ? <Notice tone={live.refused ? 'warning' : 'info'}>{live.text}</Notice> : null}
      <fieldset className="stack">
        <legend>{t.prescriber}</legend>
        <TextField form={form} name="prescriberName" label={t.prescriberName} />
        <TextField form={form} name="prescriberProfession" label={t.prescriberProfession} />
        <TextField form={form} name="prescriberLicence" label={t.prescriberLicence} />
      </fieldset>
      {reason?.needsHivFields ? (
        <fieldset className="stack">
          <legend>{t.hivTitle}</legend>
          <TextField form={form} name="hivCaregiverBirthDate" label={t.hivCaregiverBirthDate} type="date" width="short" />
          <SelectField form={form} name="hivCaregiverSex" label={t.hivCaregiverSex} options={t.sexOptions} />
          <TextField form={form} name="hivViralLoad" label={t.hivViralLoad} />
          <TextField form={form} name="hivModality" label={t.hivModality} />
        </fieldset>
      ) : null}
      {reason?.needsCounselingDeclaration ? (
        <fieldset className="stack">
          <legend>{t.counselingTitle}</legend>
          <TextField form={form} name="counselor1Name" label={t.counselor(1)} />
          <TextField form={form} name="counselor1Profession" label={t.counselorProfession(1)} />
          <TextField form={form} name="counselor2Name" label={t.counselor(2)} />
          <TextField form={form} name="counselor2Profession" label={t.counselorProfession(2)} />
          <div className="button-row">
            <button
              type="button"
              onClick={() =>
                void printing.print('print.declaration', {
                  prescriptionId: null,
                  draft: {
                    infantId: infant.id,
                    prescriptionDate: form.values.prescriptionDate,
                    counselor1Name: form.values.counselor1Name,
                    counselor1Profession: form.values.counselor1Profession,
                    counselor2Name: form.values.counselor2Name,
                    counselor2Profession: form.values.counselor2Profession,
                  },
                })
              }
            >
              {t.printDeclarationToSign}
            </button>
          </div>
          <FormError message={printing.error} />
          {printing.preview}
          <FileField form={form} name="counselingDeclaration" label={t.counselingDeclaration} onFile={setDeclaration} />
        </fieldset>
      ) : null}
      <FileField form={form} name="prescriptionImage" label={t.prescriptionImage} onFile={setImage} />
      <FormFooter error={form.formError} submitting={form.submitting} submitLabel={t.save} />
    </form>
  );
}
