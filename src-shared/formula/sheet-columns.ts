/**
 * The columns of the weekly paper sheet (FI rule 12), in the order of the printed sheet and of the
 * batch-entry screen that types it in: one order for both.
 */
export const SHEET_COLUMNS = ['deliveryDate', 'caregiverNationalId', 'infantId', 'cans800', 'cans1kg', 'receivedByNationalId', 'receivedByName'] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];
