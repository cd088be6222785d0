import { appText } from '../../../src-shared/app/text';
import type { BatchLookup } from '../../../src-shared/contract/types';
import { formulaUi } from '../../../src-shared/formula/ui-text';
import { RowStatusCell } from './RowStatusCell';
import { cellId } from './sheet-focus';
import { TYPED_COLUMNS, type SheetField, type SheetRow } from './sheet-rows';

const t = formulaUi.batch;

const CELL_SIZES: Partial<Record<SheetField, number>> = {
  deliveryDate: 9,
  caregiverNationalId: 9,
  cans800: 2,
  cans1kg: 2,
  receivedByNationalId: 9,
  receivedByName: 14,
};

interface SheetRowViewProps {
  readonly row: SheetRow;
  readonly index: number;
  readonly lookup: BatchLookup | 'pending' | undefined;
  readonly earlierGrams: number;
  readonly onChange: (field: SheetField, value: string) => void;
  readonly onRemove: () => void;
}

export function SheetRowView({ row, index, lookup, earlierGrams, onChange, onRemove }: SheetRowViewProps) {
  const failed = Object.keys(row.errors).length > 0;
  const statusId = `sheet-${row.key}-status`;
  return (
    <tr className={failed ? 'sheet-row failed' : 'sheet-row'}>
      <th scope="row">{index + 1}</th>
      {TYPED_COLUMNS.map((field, column) => {
        if (field === 'infantId') {
          return (
            <RowStatusCell
              key={field}
              row={row}
              index={index}
              lookup={lookup}
              statusId={statusId}
              earlierGrams={earlierGrams}
              onChoose={(value) => onChange('infantId', value)}
              onConfirmRepeat={(confirmed) => onChange('confirmRepeat', confirmed ? 'yes' : '')}
            />
          );
        }
        const error = row.errors[field];
        return (
          <td key={field} className={error ? 'has-error' : undefined}>
            <input
              data-cell={cellId(index, column)}
              aria-label={t.cellLabel(t.columns[field], index + 1)}
              value={row[field]}
              size={CELL_SIZES[field]}
              maxLength={field === 'receivedByName' ? 120 : 12}
              placeholder={field === 'deliveryDate' ? appText.datePlaceholder : undefined}
              inputMode={field === 'receivedByName' ? undefined : 'numeric'}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => onChange(field, event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? statusId : undefined}
            />
          </td>
        );
      })}
      <td>
        <button type="button" className="link-button" aria-label={t.removeRow(index + 1)} onClick={onRemove}>
          ✕
        </button>
      </td>
    </tr>
  );
}
