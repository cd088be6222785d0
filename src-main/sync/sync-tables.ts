/**
 * Every table whose records travel in bundles, parents before children (foreign keys), so that a bundle
 * applies in this order. A test checks that it lists exactly the synced tables of the schema, and that
 * each has the triggers that keep `sync_changes`.
 */
export const SYNC_TABLES = [
  'sites',
  'users',
  'attachments',
  'attachment_links',
  'caregivers',
  'infants',
  'prescriptions',
  'deliveries',
  'stock_receipts',
  'coverage_imports',
  'coverage_entries',
  'formula_reasons',
  'designated_staff',
  'key_actors',
  'minutes_entries',
  'lead_mothers',
  'lead_mother_recognitions',
  'training_courses',
  'training_sessions',
  'training_enrolments',
  'training_attendance',
  'support_groups',
  'group_members',
  'group_sessions',
  'session_attendance',
  'his_codes',
  'implementation_plans',
  'plan_activities',
  'plan_budget_lines',
  'registry_imports',
  'registry_facilities',
  'facilitators',
  'facilitator_trainings',
  'facilitator_courses',
  'facilitator_course_attendance',
  'supervision_visits',
  'group_directories',
  'group_directory_entries',
  'birth_cohorts',
  'dhis2_mapping_imports',
  'dhis2_mapping_entries',
] as const;

export type SyncTable = (typeof SYNC_TABLES)[number];

export function isSyncTable(name: string): name is SyncTable {
  return (SYNC_TABLES as readonly string[]).includes(name);
}
