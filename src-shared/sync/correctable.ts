import { fieldsOf, readEdit, typedValueOf, type EditableField, type EditableTableName, type StoredValue } from '../records/editable';

/**
 * What the jurisdiction's corrections user may change in a facility's record (DESIGN.md A.14): the typed
 * data of a person, a prescription, a delivery or a HIS code. Identities, owners, stamps, files and links
 * are never corrected. Main and the correction form both use these definitions and `readCorrection`.
 */
export type CorrectableField = EditableField;

const correctable = (table: EditableTableName) => fieldsOf(table).filter((field) => field.correctable === true);

export const CORRECTABLE = {
  caregivers: correctable('caregivers'),
  infants: correctable('infants'),
  prescriptions: correctable('prescriptions'),
  deliveries: correctable('deliveries'),
  his_codes: correctable('his_codes'),
  attachment_links: correctable('attachment_links'),
} as const satisfies Record<string, readonly EditableField[]>;

export type CorrectableTable = keyof typeof CORRECTABLE;
export type { StoredValue };

export function isCorrectableTable(table: string): table is CorrectableTable {
  return Object.hasOwn(CORRECTABLE, table);
}

export { typedValueOf };

/**
 * The typed values read against the record's current ones: the columns that really change, as they will
 * be stored, or Spanish errors per field — with the same reading as the facility's own edit form.
 */
export function readCorrection(
  table: CorrectableTable,
  typed: Readonly<Record<string, string>>,
  current: Readonly<Record<string, StoredValue>>,
  today: string,
): { readonly changes: Record<string, StoredValue>; readonly errors: Record<string, string> } {
  return readEdit(table, typed, current, today, (field) => field.correctable === true);
}
