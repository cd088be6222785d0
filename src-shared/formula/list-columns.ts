import { showIsoDate } from '../common/dates';
import type { ListCell, ListKind } from './lists';
import { formulaUi } from './ui-text';

export interface ListColumn {
  readonly key: string;
  readonly label: string;
  /** Dates are kept as aaaa-mm-dd and shown as dd/mm/aaaa; numbers align right on screen. */
  readonly type: 'text' | 'date' | 'number';
}

const labels = formulaUi.lists.columns;

function columnsOf<K extends ListKind>(kind: K, types: Partial<Record<keyof (typeof labels)[K], 'date' | 'number'>>): readonly ListColumn[] {
  const kindLabels = labels[kind] as Record<string, string>;
  const kindTypes = types as Record<string, 'date' | 'number' | undefined>;
  return Object.keys(kindLabels).map((key) => ({ key, label: kindLabels[key] ?? key, type: kindTypes[key] ?? 'text' }));
}

/** The columns of each list, in order, for the screen and for the CSV export alike. */
export const LIST_COLUMNS: Readonly<Record<ListKind, readonly ListColumn[]>> = {
  caregivers: columnsOf('caregivers', { infants: 'number', registered: 'date' }),
  infants: columnsOf('infants', { birthDate: 'date' }),
  prescriptions: columnsOf('prescriptions', {
    prescriptionDate: 'date',
    months: 'number',
    gramsAllowed: 'number',
    gramsDelivered: 'number',
    gramsRemaining: 'number',
    lastDeliveryDay: 'date',
  }),
  deliveries: columnsOf('deliveries', { deliveryDate: 'date', cans800: 'number', cans1kg: 'number', grams: 'number' }),
};

/** A cell as text: dates as dd/mm/aaaa, numbers as they are (a spreadsheet formats them). */
export function cellText(column: ListColumn, value: ListCell): string | number {
  if (value === null) return '';
  if (column.type === 'date' && typeof value === 'string' && value) return showIsoDate(value);
  return value;
}
