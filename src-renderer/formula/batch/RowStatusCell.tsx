import { formatThousands } from '../../../src-shared/common/text';
import type { BatchLookup } from '../../../src-shared/contract/types';
import { formulaUi } from '../../../src-shared/formula/ui-text';
import { cellId } from './sheet-focus';
import { dateFromInput } from '../../../src-shared/common/dates';
import { todayLocal } from '../today';
import { chosenInfant, TYPED_COLUMNS, typedGrams, type SheetField, type SheetRow } from './sheet-rows';

const t = formulaUi.batch;
const INFANT_COLUMN = TYPED_COLUMNS.indexOf('infantId');

interface RowStatusCellProps {
  readonly row: SheetRow;
  readonly index: number;
  readonly lookup: BatchLookup | 'pending' | undefined;
  readonly statusId: string;
  /** Grams typed for the same prescription on rows above this one, not saved yet (issue 14.8). */
  readonly earlierGrams: number;
  readonly onChoose: (infantId: string) => void;
  readonly onConfirmRepeat: (confirmed: boolean) => void;
}

function columnLabel(field: string): string {
  return field in t.columns ? t.columns[field as Exclude<SheetField, 'infantId' | 'confirmRepeat'>] : '';
}

/**
 * Everything the row needs to say in one place: who the DNI is, which infant receives (a choice only when
 * there are several), what remains, and why the row was not saved. Live facts replace stale messages.
 */
export function RowStatusCell({ row, index, lookup, statusId, earlierGrams, onChoose, onConfirmRepeat }: RowStatusCellProps) {
  const known = lookup !== undefined && lookup !== 'pending' ? lookup : null;
  const chosen = chosenInfant(row, lookup);
  // What remains once the rows above it for the same infant are saved too.
  const remaining = chosen ? Math.max(0, chosen.gramsRemaining - earlierGrams) : 0;
  const exceeds = chosen && typedGrams(row) > remaining ? t.exceeds(formatThousands(remaining)) : null;
  const date = dateFromInput(row.deliveryDate);
  const future = date !== null && date > todayLocal();
  const messages = Object.entries(row.errors).filter(([field]) => {
    if (field === 'confirmRepeat') return false;
    if (field === 'caregiverNationalId' && known?.caregiverName === null) return false;
    if ((field === 'cans800' || field === 'cans1kg') && exceeds) return false;
    if (field === '_' && known?.infants.length === 0) return false;
    return true;
  });
  return (
    <td className="sheet-status" id={statusId}>
      {lookup === 'pending' ? <span className="hint">{t.looking}</span> : null}
      {known?.caregiverName === null ? <span className="cell-error">{t.unknownCaregiver}</span> : null}
      {known && known.caregiverName !== null && known.infants.length === 0 ? (
        <span className="cell-error">{`${known.caregiverName}: ${t.noPrescription}`}</span>
      ) : null}
      {known && known.infants.length > 1 ? (
        <select
          data-cell={cellId(index, INFANT_COLUMN)}
          aria-label={t.cellLabel(t.columns.infant, index + 1)}
          value={row.infantId}
          onChange={(event) => onChoose(event.target.value)}
          aria-invalid={row.errors.infantId ? true : undefined}
        >
          <option value="">{t.chooseInfant}</option>
          {known.infants.map((infant) => (
            <option key={infant.infantId} value={infant.infantId}>
              {infant.name}
            </option>
          ))}
        </select>
      ) : null}
      {chosen ? <span className="sheet-balance">{t.remaining(chosen.name, formatThousands(remaining))}</span> : null}
      {exceeds ? <span className="cell-error">{exceeds}</span> : null}
      {future ? <span className="cell-error">{t.futureDate}</span> : null}
      {row.errors.confirmRepeat ? (
        <span className="cell-error" role="alert">
          {row.errors.confirmRepeat}
        </span>
      ) : null}
      {row.errors.confirmRepeat || row.confirmRepeat === 'yes' ? (
        <label className="inline-check">
          <input type="checkbox" checked={row.confirmRepeat === 'yes'} aria-label={t.otherDeliveryRow(index + 1)} onChange={(event) => onConfirmRepeat(event.target.checked)} />
          {t.otherDelivery}
        </label>
      ) : null}
      {messages.map(([field, message]) => (
        <span key={field} className="cell-error" role="alert">
          {field === '_' || field === 'infantId' ? message : `${columnLabel(field)}: ${message}`}
        </span>
      ))}
    </td>
  );
}
