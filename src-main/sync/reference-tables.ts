/**
 * Reference data (issue 7, item 6; DESIGN.md rules 2 and 4): lists a higher level keeps for the
 * facilities under it — the reason list, the coverage list (padrón) and the HIS codes. Their records
 * travel down to every
 * child in the same signed bundles as corrections, and on down from a microrred to its facilities; a
 * facility uses them but changes only the ones it made itself.
 */
export const REFERENCE_TABLES: ReadonlySet<string> = new Set([
  'formula_reasons',
  'his_codes',
  'coverage_imports',
  'coverage_entries',
  // Issue 16: the facility registry, the national facilitator courses, the directory of groups and the birth cohorts.
  'registry_imports',
  'registry_facilities',
  'facilitator_courses',
  'facilitator_course_attendance',
  'group_directories',
  'group_directory_entries',
  'birth_cohorts',
  // Issue 20: the mapping to DHIS2.
  'dhis2_mapping_imports',
  'dhis2_mapping_entries',
]);

/** Rows owned like their parent record, which is smaller to scan when looking for who issued reference data. */
export const REFERENCE_CHILD_TABLES: ReadonlySet<string> = new Set(['coverage_entries', 'registry_facilities', 'group_directory_entries', 'facilitator_course_attendance', 'dhis2_mapping_entries']);
