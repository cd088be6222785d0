/**
 * Reference data (issue 7, item 6; DESIGN.md rules 2 and 4): lists a higher level keeps for the
 * facilities under it — the reason list, the coverage list (padrón) and the HIS codes. Their records
 * travel down to every
 * child in the same signed bundles as corrections, and on down from a microrred to its facilities; a
 * facility uses them but changes only the ones it made itself.
 */
export const REFERENCE_TABLES: ReadonlySet<string> = new Set(['formula_reasons', 'his_codes', 'coverage_imports', 'coverage_entries']);
