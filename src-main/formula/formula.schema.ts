import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { syncColumns } from '../db/sync-columns';

const audited = () => ({ createdAt: integer('created_at').notNull(), createdBy: text('created_by') });

/** Responsable: the person who receives the formula for the infant (FI rule 5). */
export const caregivers = sqliteTable(
  'caregivers',
  {
    ...syncColumns(),
    nationalId: text('national_id').notNull(),
    firstNames: text('first_names').notNull(),
    lastNames: text('last_names').notNull(),
    /** Lower-case, accent-free "first last" for search. */
    searchName: text('search_name').notNull(),
    birthDate: text('birth_date'),
    sex: text('sex', { enum: ['F', 'M', 'X'] }),
    phone: text('phone').notNull().default(''),
    email: text('email').notNull().default(''),
    address: text('address').notNull().default(''),
    /** When staff checked the coverage list, and the list's import date they checked against (rule 4). */
    coverageCheckedAt: integer('coverage_checked_at').notNull(),
    coverageListDate: text('coverage_list_date'),
    /** A duplicate merged by an admin (issue 14.4): a tombstone pointing to the record that stays. */
    mergedIntoId: text('merged_into_id'),
    ...audited(),
  },
  (table) => [
    uniqueIndex('caregivers_site_national_id').on(table.ownerSiteId, table.nationalId).where(sql`${table.deleted} = 0`),
    index('caregivers_national_id').on(table.nationalId),
    index('caregivers_search_name').on(table.searchName),
    // The lists' order (issue 19): a page is read walking the index, not by sorting every row.
    index('caregivers_list_order').on(table.lastNames, table.firstNames, table.id).where(sql`${table.deleted} = 0`),
  ],
);

export const infants = sqliteTable(
  'infants',
  {
    ...syncColumns(),
    caregiverId: text('caregiver_id')
      .notNull()
      .references(() => caregivers.id),
    firstNames: text('first_names').notNull(),
    lastNames: text('last_names').notNull(),
    nationalId: text('national_id'),
    birthDate: text('birth_date').notNull(),
    sex: text('sex', { enum: ['F', 'M', 'X'] }),
    /** A duplicate merged by an admin (issue 14.4): a tombstone pointing to the record that stays. */
    mergedIntoId: text('merged_into_id'),
    ...audited(),
  },
  (table) => [
    index('infants_caregiver').on(table.caregiverId),
    index('infants_birth_date').on(table.birthDate),
    index('infants_list_order').on(table.lastNames, table.firstNames, table.id).where(sql`${table.deleted} = 0`),
  ],
);

/** Every field of FI rules 6–7 and the prescription model ("Ilustración 1"). */
export const prescriptions = sqliteTable(
  'prescriptions',
  {
    ...syncColumns(),
    infantId: text('infant_id')
      .notNull()
      .references(() => infants.id),
    prescriptionDate: text('prescription_date').notNull(),
    reasonCode: text('reason_code').notNull(),
    milkType: text('milk_type').notNull(),
    replacement: text('replacement', { enum: ['total', 'partial'] }).notNull(),
    gramsPerMonth: integer('grams_per_month').notNull(),
    durationMonths: integer('duration_months').notNull(),
    /** Lowered by staff for a temporary suspension; null = the computed maximum. */
    monthsOverride: integer('months_override'),
    gestationalWeeks: integer('gestational_weeks'),
    birthWeightGrams: integer('birth_weight_grams'),
    prescriberName: text('prescriber_name').notNull(),
    prescriberProfession: text('prescriber_profession').notNull(),
    prescriberLicence: text('prescriber_licence').notNull(),
    hivCaregiverBirthDate: text('hiv_caregiver_birth_date'),
    hivCaregiverSex: text('hiv_caregiver_sex', { enum: ['F', 'M', 'X'] }),
    hivViralLoad: text('hiv_viral_load'),
    hivModality: text('hiv_modality'),
    counselor1Name: text('counselor1_name'),
    counselor1Profession: text('counselor1_profession'),
    counselor2Name: text('counselor2_name'),
    counselor2Profession: text('counselor2_profession'),
    /**
     * Seed 004's lifecycle: active → suspended ↔ active → closed (return to breastfeeding, reached the
     * end, moved away, renewed, other). `status_on` is the day the current state began; deliveries dated
     * from then on are refused while suspended or closed.
     */
    status: text('status', { enum: ['active', 'suspended', 'closed'] }).notNull().default('active'),
    statusOn: text('status_on'),
    closeCause: text('close_cause', { enum: ['breastfeeding', 'ended', 'movedAway', 'renewed', 'other'] }),
    statusNote: text('status_note').notNull().default(''),
    /** A renewal after reassessment names the prescription it replaces (closed as `renewed`). */
    renewsPrescriptionId: text('renews_prescription_id'),
    /** Seed 004's delivery protocol, checked before any milk: JSON of the checklist's items. */
    protocolChecks: text('protocol_checks').notNull().default('{}'),
    protocolCheckedBy: text('protocol_checked_by'),
    protocolCheckedAt: integer('protocol_checked_at'),
    ...audited(),
  },
  (table) => [index('prescriptions_infant').on(table.infantId), index('prescriptions_list_order').on(table.prescriptionDate, table.id).where(sql`${table.deleted} = 0`)],
);

export const deliveries = sqliteTable(
  'deliveries',
  {
    ...syncColumns(),
    prescriptionId: text('prescription_id')
      .notNull()
      .references(() => prescriptions.id),
    deliveryDate: text('delivery_date').notNull(),
    cans800: integer('cans_800').notNull(),
    cans1kg: integer('cans_1kg').notNull(),
    receivedByNationalId: text('received_by_national_id').notNull().default(''),
    receivedByName: text('received_by_name').notNull().default(''),
    source: text('source', { enum: ['form', 'batch'] }).notNull(),
    /** A delivery is never deleted: it is voided with a reason. */
    voidedAt: integer('voided_at'),
    voidedBy: text('voided_by'),
    voidReason: text('void_reason'),
    ...audited(),
  },
  (table) => [
    index('deliveries_prescription').on(table.prescriptionId),
    index('deliveries_date').on(table.deliveryDate, table.createdAt, table.id),
    // A year of every facility's deliveries (the consolidated view, the formula program) is read from this, not the table (issue 19).
    index('deliveries_figures').on(table.ownerSiteId, table.deliveryDate, table.cans800, table.cans1kg, table.prescriptionId).where(sql`${table.deleted} = 0 AND ${table.voidedAt} IS NULL`),
  ],
);

export const stockReceipts = sqliteTable(
  'stock_receipts',
  {
    ...syncColumns(),
    receivedDate: text('received_date').notNull(),
    /** A delivery of cans received, or the count of a lot when the site starts keeping its stock (opening balance). */
    kind: text('kind', { enum: ['receipt', 'opening'] }).notNull().default('receipt'),
    canGrams: integer('can_grams').notNull(),
    quantity: integer('quantity').notNull(),
    lot: text('lot').notNull(),
    expiryDate: text('expiry_date').notNull(),
    note: text('note').notNull().default(''),
    ...audited(),
  },
  (table) => [index('stock_receipts_expiry').on(table.expiryDate)],
);

/** One import of the coverage list received from the higher level. */
export const coverageImports = sqliteTable('coverage_imports', {
  ...syncColumns(),
  fileName: text('file_name').notNull(),
  listDate: text('list_date').notNull(),
  rowCount: integer('row_count').notNull(),
  rejectedCount: integer('rejected_count').notNull(),
  ...audited(),
});

export const coverageEntries = sqliteTable(
  'coverage_entries',
  {
    ...syncColumns(),
    importId: text('import_id')
      .notNull()
      .references(() => coverageImports.id),
    nationalId: text('national_id').notNull(),
    name: text('name').notNull(),
    coverage: text('coverage').notNull(),
  },
  (table) => [index('coverage_entries_national_id').on(table.nationalId)],
);

/**
 * The reason list as a higher level keeps it (DESIGN.md rule 2: reference data a higher level may
 * update): a row renames or withdraws one of the FI's reasons (same code), or adds one. Kept at a
 * microrred or red and sent down; a facility only reads it.
 */
export const formulaReasons = sqliteTable('formula_reasons', {
  ...syncColumns(),
  code: text('code').notNull(),
  label: text('label').notNull(),
  side: text('side', { enum: ['caregiver', 'infant'] }).notNull(),
  active: integer('active', { mode: 'boolean' }).notNull(),
  ...audited(),
});
