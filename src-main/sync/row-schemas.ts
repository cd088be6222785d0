import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { cleanText } from '../../src-shared/common/clean-text';
import { isPlausibleIsoDate } from '../../src-shared/common/dates';
import { LIMITS } from '../../src-shared/formula/schemas';
import { LEVEL_LIMITS } from '../../src-shared/levels/schemas';
import { DHIS2_UID } from '../../src-shared/dhis2/mapping-csv';
import { UUID_PATTERN } from '../../src-shared/sync/ids';
import * as attachmentsSchema from '../attachments/attachments.schema';
import * as formulaSchema from '../formula/formula.schema';
import * as groupsSchema from '../groups/groups.schema';
import * as levelsSchema from '../levels/levels.schema';
import * as dhis2Schema from '../dhis2/dhis2.schema';
import * as siteSchema from '../site/site.schema';
import * as usersSchema from '../users/users.schema';
import type { RowValue } from './payload';
import { isSyncTable, SYNC_TABLES } from './sync-tables';

/**
 * What a stored value of each synced column may be (issue 17.9): the column's type, NOT NULL and enum
 * from its drizzle definition, plus the limits the forms keep (dates 1900–2199, counts of the FI,
 * identifiers as UUIDs, text without control characters). A received row is checked against these
 * before the import's transaction; a value that does not fit refuses the bundle, naming the record.
 */
const uuid = z.string().regex(UUID_PATTERN);
const date = z.string().refine(isPlausibleIsoDate);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const count = (min: number, max: number) => z.number().int().min(min).max(max);
const epochMs = count(0, 9_999_999_999_999);
const time = z.string().regex(/^(|([01]\d|2[0-3]):[0-5]\d)$/);

/** Columns whose rule is more than their type. */
const COLUMN_RULES: Readonly<Record<string, z.ZodType>> = {
  'deliveries.cans_800': count(0, LIMITS.cansPerDelivery),
  'deliveries.cans_1kg': count(0, LIMITS.cansPerDelivery),
  'prescriptions.grams_per_month': count(0, LIMITS.gramsPerMonth),
  'prescriptions.duration_months': count(1, LIMITS.durationMonths),
  'prescriptions.months_override': count(0, LIMITS.durationMonths),
  'prescriptions.gestational_weeks': count(20, 45),
  'prescriptions.birth_weight_grams': count(200, 7000),
  'stock_receipts.can_grams': z.union([z.literal(800), z.literal(1000)]),
  'stock_receipts.quantity': count(1, LIMITS.stockQuantity),
  'attachments.sha256': sha256,
  'attachments.source_sha256': sha256,
  'attachment_links.record_table': z.string().refine(isSyncTable),
  'group_sessions.session_time': time,
  'support_groups.meeting_time': time,
  'training_sessions.hours': z.number().min(0).max(24),
  'plan_budget_lines.amount': z.number().min(0).max(1e12),
  'group_members.age': count(0, 120),
  'group_members.child_age_months': count(0, 120),
  'facilitators.inactive_since': date,
  'facilitator_trainings.hours': count(1, LEVEL_LIMITS.trainingHours),
  'facilitator_courses.hours': count(1, LEVEL_LIMITS.trainingHours),
  'facilitator_course_attendance.hours_attended': count(0, LEVEL_LIMITS.trainingHours),
  'group_directory_entries.meeting_time': time,
  'birth_cohorts.year': count(1900, 2199),
  'birth_cohorts.public_births': count(0, LEVEL_LIMITS.publicBirths),
  'dhis2_mapping_entries.uid': z.string().regex(DHIS2_UID),
  'dhis2_mapping_entries.category_option_combo': z.union([z.literal(''), z.string().regex(DHIS2_UID)]),
  'dhis2_mapping_entries.key': z.string().min(1).max(200).transform(cleanText),
};

/** Long free text (plans, minutes, moments as JSON) and everything else. */
const LONG_TEXT = new Set(['sections', 'moments', 'agreements', 'participants', 'profile', 'notes', 'rules', 'topics', 'confidential_notes', 'lead_mother_ids', 'description', 'findings']);
const KEYS = new Set(['signing_public_key', 'encryption_public_key']);

/** What this file reads of a drizzle column. */
interface ColumnFacts {
  readonly name: string;
  readonly columnType: string;
  readonly notNull: boolean;
}

function ruleByName(table: string, column: ColumnFacts): z.ZodType {
  const explicit = COLUMN_RULES[`${table}.${column.name}`];
  if (explicit) return explicit;
  const name = column.name;
  if (column.columnType === 'SQLiteBoolean') return z.union([z.literal(0), z.literal(1)]);
  if (column.columnType === 'SQLiteInteger') return name.endsWith('_at') ? epochMs : count(0, Number.MAX_SAFE_INTEGER);
  if (column.columnType === 'SQLiteReal') return z.number();
  const values = (column as { enumValues?: readonly string[] }).enumValues;
  if (values) return z.enum(values as [string, ...string[]]);
  if (name === 'id' || name === 'owner_site_id' || (name.endsWith('_by') && name !== 'approved_by') || (name.endsWith('_id') && !name.includes('national_id'))) return uuid;
  if (name.endsWith('_date') || name.endsWith('_on')) return date;
  if (KEYS.has(name)) return z.string().regex(/^[A-Za-z0-9+/=]{40,200}$/);
  return z.string().max(LONG_TEXT.has(name) ? 200_000 : 2_000).transform(cleanText);
}

type ColumnCheck = (value: RowValue) => { ok: true; value: RowValue } | { ok: false };

function columnCheck(table: string, column: ColumnFacts): ColumnCheck {
  if (column.name === 'hlc') return (value) => ({ ok: true, value }); // checked against the clock already
  const rule = column.notNull ? ruleByName(table, column) : ruleByName(table, column).nullable();
  return (value) => {
    const parsed = rule.safeParse(value);
    return parsed.success ? { ok: true, value: parsed.data as RowValue } : { ok: false };
  };
}

const CHECKS: ReadonlyMap<string, ReadonlyMap<string, ColumnCheck>> = (() => {
  const out = new Map<string, Map<string, ColumnCheck>>();
  for (const module of [siteSchema, usersSchema, attachmentsSchema, formulaSchema, groupsSchema, levelsSchema, dhis2Schema]) {
    for (const table of Object.values(module)) {
      if (!(table instanceof SQLiteTable)) continue;
      const config = getTableConfig(table);
      if (!isSyncTable(config.name)) continue;
      const columns: readonly ColumnFacts[] = config.columns;
      out.set(config.name, new Map(columns.map((c) => [c.name, columnCheck(config.name, c)])));
    }
  }
  return out;
})();

/** Every synced table has its checks (a test keeps this true as tables are added). */
export function tablesWithRowChecks(): readonly string[] {
  return SYNC_TABLES.filter((t) => CHECKS.has(t));
}

export interface RowProblem {
  readonly table: string;
  readonly column: string;
  readonly id: string;
}

/**
 * Checks every row of a received table (text cleaned of control characters, in place); returns the first
 * value that does not fit, or null. A NOT NULL column the bundle leaves out is a problem too.
 */
export function checkReceivedRows(table: string, columns: readonly string[], rows: readonly (readonly RowValue[])[]): RowProblem | null {
  const checks = CHECKS.get(table);
  if (!checks) return { table, column: '', id: '' };
  const byIndex = columns.map((c) => checks.get(c));
  const idIndex = columns.indexOf('id');
  for (const [name, check] of checks) {
    if (!columns.includes(name) && !check(null).ok && !hasDefault(table, name)) return { table, column: name, id: '' };
  }
  // The decoder's own arrays, fresh from JSON.parse: cleaned in place rather than copied.
  for (const row of rows as RowValue[][]) {
    if (row.length !== columns.length) return { table, column: '', id: String(row[idIndex] ?? '') };
    for (let i = 0; i < columns.length; i += 1) {
      const result = byIndex[i]?.(row[i] ?? null);
      if (!result?.ok) return { table, column: columns[i] ?? '', id: String(row[idIndex] ?? '') };
      row[i] = result.value;
    }
  }
  return null;
}

const DEFAULTS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const module of [siteSchema, usersSchema, attachmentsSchema, formulaSchema, groupsSchema, levelsSchema, dhis2Schema]) {
    for (const table of Object.values(module)) {
      if (!(table instanceof SQLiteTable)) continue;
      const config = getTableConfig(table);
      for (const c of config.columns) if (c.hasDefault) out.add(`${config.name}.${c.name}`);
    }
  }
  return out;
})();

function hasDefault(table: string, column: string): boolean {
  return DEFAULTS.has(`${table}.${column}`);
}
