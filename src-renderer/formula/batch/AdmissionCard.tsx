import { appText } from '../../../src-shared/app/text';
import { ADMISSION_COLUMNS, ADMISSION_LINES, type AdmissionColumn } from '../../../src-shared/formula/admissions';
import { admissionsUi as t } from '../../../src-shared/formula/admissions-text';
import type { ListedReason } from '../../../src-shared/formula/reasons';
import type { AdmissionRow } from './admission-rows';

const DATE_COLUMNS: readonly AdmissionColumn[] = ['infantBirthDate', 'prescriptionDate'];
const WIDE_COLUMNS: readonly AdmissionColumn[] = ['reasonCode', 'prescriberName'];
const NUMERIC_COLUMNS: readonly AdmissionColumn[] = ['caregiverNationalId', 'infantNationalId', 'durationMonths', 'gramsPerMonth', 'caregiverPhone'];

/** Focus order of the sheet: `data-admission="row:position"`, position counting the cells of both lines. */
export function admissionCell(row: number, position: number): string {
  return `${row}:${position}`;
}

interface AdmissionCardProps {
  readonly row: AdmissionRow;
  readonly index: number;
  /** Numbered as on the printed legend, so the number written on paper picks the reason. */
  readonly reasons: readonly ListedReason[];
  readonly onChange: (field: AdmissionColumn, value: string) => void;
  readonly onRemove: () => void;
}

/** One admission: who on the first line, the prescription on the second, as on the printed sheet. */
export function AdmissionCard({ row, index, reasons, onChange, onRemove }: AdmissionCardProps) {
  const failed = Object.keys(row.errors).length > 0;
  const errorId = (field: string) => `admission-${row.key}-${field}`;
  let position = 0;
  const cell = (field: AdmissionColumn) => {
    const error = row.errors[field];
    const common = {
      id: `admission-${row.key}-${field}-input`,
      'data-admission': admissionCell(index, position++),
      'aria-label': t.cellLabel(t.columns[field], index + 1),
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? errorId(field) : undefined,
    } as const;
    let control;
    if (field === 'reasonCode') {
      control = (
        <select {...common} value={row.reasonCode} onChange={(event) => onChange(field, event.target.value)}>
          <option value="">{t.chooseReason}</option>
          {reasons.map((reason, n) => (
            <option key={reason.code} value={reason.code}>{`${n + 1}. ${reason.label}`}</option>
          ))}
        </select>
      );
    } else if (field === 'replacement') {
      control = (
        <select {...common} value={row.replacement} onChange={(event) => onChange(field, event.target.value)}>
          {t.replacementOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      );
    } else {
      control = (
        <input
          {...common}
          value={row[field]}
          disabled={field === 'gramsPerMonth' && row.replacement !== 'partial'}
          maxLength={field.endsWith('Names') || field === 'prescriberName' ? 120 : 40}
          placeholder={DATE_COLUMNS.includes(field) ? appText.datePlaceholder : undefined}
          inputMode={NUMERIC_COLUMNS.includes(field) ? 'numeric' : undefined}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => onChange(field, event.target.value)}
        />
      );
    }
    return (
      <div key={field} className={['admission-cell', WIDE_COLUMNS.includes(field) ? 'wide' : '', error ? 'has-error' : ''].filter(Boolean).join(' ')}>
        <label htmlFor={common.id} aria-hidden="true">
          {t.columns[field]}
        </label>
        {control}
        {error ? (
          <span className="cell-error" id={errorId(field)} role="alert">
            {error}
          </span>
        ) : null}
      </div>
    );
  };
  // Messages about the whole line (a second current prescription, a likely duplicate…) go under it.
  const others = Object.entries(row.errors).filter(([field]) => !(ADMISSION_COLUMNS as readonly string[]).includes(field));
  return (
    <fieldset className={failed ? 'admission-card failed' : 'admission-card'}>
      <legend>
        {t.rowLabel(index + 1)}
        <button type="button" className="link-button" aria-label={t.removeRow(index + 1)} onClick={onRemove}>
          ✕
        </button>
      </legend>
      {ADMISSION_LINES.map((line, n) => (
        <div key={n} className="admission-line" role="group" aria-label={n === 0 ? t.groups.who : t.groups.prescription}>
          {line.map(cell)}
        </div>
      ))}
      {others.map(([field, message]) => (
        <span key={field} className="cell-error" role="alert">
          {message}
        </span>
      ))}
    </fieldset>
  );
}
