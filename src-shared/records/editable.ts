import { dateFromInput, EARLIEST_DATE, latestAhead, showIsoDate } from '../common/dates';
import { LEAD_MOTHER_PROFILE } from '../groups/lead-mothers';
import { FACILITATOR_PROFILE } from '../levels/facilitator-profile';
import { LEVEL_LIMITS } from '../levels/schemas';
import type { Permission } from '../users/roles';
import { recordsText as t } from './text';

/**
 * What a person may edit in each record their site owns (issue 14.1), and how a typed value is read.
 * One table for the facility's edit form, for main that checks it again, and for the coordinator's
 * corrections (the fields marked `correctable`, DESIGN.md A.14). A field that drives a rule of the
 * program (`drivesRule`) asks for a reason, and main re-checks the rule before saving.
 */
export type FieldKind = 'text' | 'longText' | 'date' | 'count' | 'document' | 'select' | 'email' | 'flags';

export interface EditableField {
  readonly column: string;
  readonly label: string;
  readonly kind: FieldKind;
  readonly required: boolean;
  /** Changing it changes what the program allows: a reason is required and the rules run again. */
  readonly drivesRule?: boolean;
  /** Also open to the jurisdiction's corrections user (DESIGN.md A.14). */
  readonly correctable?: boolean;
  /** Clinical data (issue 18.3): shown and edited only by who may see clinical fields. */
  readonly clinical?: boolean;
  readonly max?: number;
  readonly min?: number;
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  /** Dates: how far ahead they may be (none: not after today). */
  readonly ahead?: 'planned';
}

export interface EditableTable {
  readonly label: string;
  readonly permission: Permission;
  readonly fields: readonly EditableField[];
}

const SEX = [
  { value: '', label: t.options.none },
  { value: 'F', label: t.options.female },
  { value: 'M', label: t.options.male },
  { value: 'X', label: t.options.other },
];

type Extra = Omit<EditableField, 'column' | 'label' | 'kind' | 'required'>;
const f = (column: string, kind: FieldKind, required = true, extra: Extra = {}): EditableField => ({ column, label: t.labels[column] ?? column, kind, required, ...extra });

export const EDITABLE = {
  caregivers: {
    label: t.tables.caregivers,
    permission: 'formula.write',
    fields: [
      f('national_id', 'document', true, { correctable: true }),
      f('first_names', 'text', true, { correctable: true, max: 120 }),
      f('last_names', 'text', true, { correctable: true, max: 120 }),
      f('birth_date', 'date', false),
      f('sex', 'select', false, { options: SEX }),
      f('phone', 'text', false, { correctable: true, max: 40 }),
      f('email', 'email', false, { max: 120 }),
      f('address', 'text', false, { correctable: true, max: 200 }),
    ],
  },
  infants: {
    label: t.tables.infants,
    permission: 'formula.write',
    fields: [
      f('first_names', 'text', true, { correctable: true, max: 120 }),
      f('last_names', 'text', true, { correctable: true, max: 120 }),
      f('national_id', 'document', false),
      f('birth_date', 'date', true, { correctable: true, drivesRule: true }),
      f('sex', 'select', false, { options: SEX }),
    ],
  },
  prescriptions: {
    label: t.tables.prescriptions,
    permission: 'formula.write',
    fields: [
      f('prescription_date', 'date', true, { correctable: true, drivesRule: true }),
      f('duration_months', 'count', true, { drivesRule: true, min: 1, max: 6 }),
      f('replacement', 'select', true, { drivesRule: true, options: [{ value: 'total', label: t.options.total }, { value: 'partial', label: t.options.partial }] }),
      f('grams_per_month', 'count', true, { drivesRule: true, min: 0, max: 4000 }),
      f('months_override', 'count', false, { drivesRule: true, min: 1, max: 6 }),
      f('gestational_weeks', 'count', false, { drivesRule: true, clinical: true, min: 22, max: 36 }),
      f('birth_weight_grams', 'count', false, { drivesRule: true, clinical: true, min: 300, max: 5000 }),
      f('milk_type', 'text', true, { max: 120 }),
      f('prescriber_name', 'text', true, { correctable: true, max: 120 }),
      f('prescriber_profession', 'text', true, { max: 120 }),
      f('prescriber_licence', 'text', true, { correctable: true, max: 120 }),
    ],
  },
  deliveries: {
    label: t.tables.deliveries,
    permission: 'formula.write',
    // A delivery is voided and typed again at the facility; only the coordination corrects one.
    fields: [
      f('delivery_date', 'date', true, { correctable: true, drivesRule: true }),
      f('cans_800', 'count', true, { correctable: true, drivesRule: true, min: 0, max: 40 }),
      f('cans_1kg', 'count', true, { correctable: true, drivesRule: true, min: 0, max: 40 }),
    ],
  },
  his_codes: {
    label: t.tables.his_codes,
    permission: 'his.codes',
    fields: [f('code', 'text', true, { correctable: true, max: 20 }), f('description', 'text', true, { correctable: true, max: 200 })],
  },
  support_groups: {
    label: t.tables.support_groups,
    permission: 'groups.write',
    fields: [
      f('name', 'text', true, { max: 80 }),
      f('place', 'text', true, { max: 200 }),
      f('meeting_day', 'text', false, { max: 40 }),
      f('meeting_time', 'text', false, { max: 20 }),
      f('periodicity_days', 'count', true, { min: 1, max: 365 }),
      f('rules', 'longText', false, { max: 2000 }),
      f('topics', 'longText', false, { max: 2000 }),
      f('community', 'text', false, { max: 120 }),
    ],
  },
  group_members: {
    label: t.tables.group_members,
    permission: 'groups.write',
    fields: [
      f('first_names', 'text', true, { max: 120 }),
      f('last_names', 'text', true, { max: 120 }),
      f('member_type', 'select', true, {
        options: [
          { value: 'pregnant', label: t.options.pregnant },
          { value: 'breastfeeding', label: t.options.breastfeeding },
          { value: 'motherUnder2', label: t.options.motherUnder2 },
          { value: 'caregiver', label: t.options.caregiver },
          { value: 'relative', label: t.options.relative },
        ],
      }),
      f('age', 'count', false, { min: 10, max: 99 }),
      f('child_age_months', 'count', false, { min: 0, max: 24 }),
      f('phone', 'text', false, { max: 40 }),
      f('address', 'text', false, { max: 200 }),
    ],
  },
  lead_mothers: {
    label: t.tables.lead_mothers,
    permission: 'groups.write',
    fields: [
      f('first_names', 'text', true, { max: 120 }),
      f('last_names', 'text', true, { max: 120 }),
      f('national_id', 'document', false),
      f('phone', 'text', false, { max: 40 }),
      f('community', 'text', false, { max: 120 }),
      f('address', 'text', false, { max: 200 }),
      f('profile', 'flags', true, { options: LEAD_MOTHER_PROFILE.map((item) => ({ value: item.key, label: item.label })) }),
      f('notes', 'longText', false, { max: 2000 }),
    ],
  },
  group_sessions: {
    label: t.tables.group_sessions,
    permission: 'groups.write',
    fields: [
      f('session_date', 'date', true, { ahead: 'planned' }),
      f('session_time', 'text', false, { max: 20 }),
      f('place', 'text', true, { max: 200 }),
      f('topic', 'text', true, { max: 200 }),
      f('facilitator_staff', 'text', false, { max: 200 }),
      f('agreements', 'longText', false, { max: 4000 }),
    ],
  },
  designated_staff: {
    label: t.tables.designated_staff,
    permission: 'groups.write',
    fields: [
      f('full_name', 'text', true, { max: 120 }),
      f('profession', 'text', true, { max: 120 }),
      f('role', 'select', true, { options: [{ value: 'designated', label: t.options.designated }, { value: 'committee', label: t.options.committee }] }),
      f('designated_on', 'date', true),
      f('document', 'text', false, { max: 200 }),
    ],
  },
  key_actors: {
    label: t.tables.key_actors,
    permission: 'groups.write',
    fields: [
      f('full_name', 'text', true, { max: 120 }),
      f('organisation', 'text', true, { max: 120 }),
      f('position', 'text', false, { max: 120 }),
      f('phone', 'text', false, { max: 40 }),
      f('community', 'text', false, { max: 120 }),
    ],
  },
  // A facility's document the coordination finds wrong: flagged with a message, never edited here.
  attachment_links: {
    label: t.tables.attachment_links,
    permission: 'records.correct',
    fields: [f('flag_message', 'longText', false, { correctable: true, max: 500 })],
  },
  // The levels above the red (issue 16): what a region or the national level registers.
  facilitators: {
    label: t.tables.facilitators,
    permission: 'levels.manage',
    fields: [
      f('full_name', 'text', true, { max: 120 }),
      f('profession', 'text', true, { max: 120 }),
      f('facility_code', 'text', true, { drivesRule: true, max: 20 }),
      f('national_id', 'document', false),
      f('phone', 'text', false, { max: 40 }),
      f('email', 'email', false, { max: 120 }),
      f('registered_on', 'date', true, { drivesRule: true }),
      { ...f('profile', 'flags', true, { options: FACILITATOR_PROFILE.map((item) => ({ value: item.key, label: item.label })) }), label: t.labels.facilitatorProfile ?? 'profile' },
    ],
  },
  facilitator_trainings: {
    label: t.tables.facilitator_trainings,
    permission: 'levels.manage',
    fields: [
      f('title', 'text', true, { max: 200 }),
      f('provider', 'text', false, { max: 200 }),
      f('start_date', 'date', true, { drivesRule: true }),
      f('end_date', 'date', true, { drivesRule: true }),
      f('hours', 'count', true, { drivesRule: true, min: 1, max: LEVEL_LIMITS.trainingHours }),
    ],
  },
  facilitator_courses: {
    label: t.tables.facilitator_courses,
    permission: 'levels.manage',
    fields: [
      f('title', 'text', true, { max: 200 }),
      f('place', 'text', false, { max: 200 }),
      f('start_date', 'date', true, { drivesRule: true, ahead: 'planned' }),
      f('end_date', 'date', true, { drivesRule: true, ahead: 'planned' }),
      f('hours', 'count', true, { drivesRule: true, min: 1, max: LEVEL_LIMITS.trainingHours }),
    ],
  },
  supervision_visits: {
    label: t.tables.supervision_visits,
    permission: 'levels.manage',
    fields: [f('visit_date', 'date', true), f('supervisor', 'text', true, { max: 200 }), f('findings', 'longText', true, { max: 4000 }), f('agreements', 'longText', true, { max: 4000 })],
  },
  birth_cohorts: {
    label: t.tables.birth_cohorts,
    permission: 'levels.manage',
    fields: [f('public_births', 'count', true, { drivesRule: true, min: 0, max: LEVEL_LIMITS.publicBirths })],
  },
  sites: {
    label: t.tables.sites,
    permission: 'settings.manage',
    fields: [f('name', 'text', true, { max: 120 })],
  },
} as const satisfies Record<string, EditableTable>;

export type EditableTableName = keyof typeof EDITABLE;
export type StoredValue = string | number | null;

export function isEditableTable(table: string): table is EditableTableName {
  return Object.hasOwn(EDITABLE, table);
}

export function fieldsOf(table: EditableTableName): readonly EditableField[] {
  return EDITABLE[table].fields;
}

/** A stored value as the form shows it: dates as dd/mm/aaaa, numbers as digits, flags as their JSON. */
export function typedValueOf(field: EditableField, stored: StoredValue): string {
  if (stored === null) return '';
  if (field.kind === 'date' && typeof stored === 'string' && dateFromInput(stored)) return showIsoDate(stored);
  return String(stored);
}

function readFlags(field: EditableField, text: string): string | null {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    const keys = (field.options ?? []).map((o) => o.value);
    const value = parsed as Record<string, unknown>;
    if (Object.keys(value).some((k) => !keys.includes(k)) || Object.values(value).some((v) => typeof v !== 'boolean')) return null;
    return JSON.stringify(Object.fromEntries(keys.map((k) => [k, value[k] === true])));
  } catch {
    return null;
  }
}

/** One typed value read for its field: the value to store, or the Spanish error. */
function readValue(field: EditableField, raw: string, today: string): { value: StoredValue } | { error: string } {
  const multiline = field.kind === 'longText';
  const text = multiline ? raw.trim() : raw.trim().replace(/\s+/g, ' ');
  if (text === '') return field.required ? { error: t.required(field.label) } : { value: field.kind === 'count' || field.kind === 'date' || field.kind === 'select' ? null : '' };
  switch (field.kind) {
    case 'date': {
      const iso = dateFromInput(text);
      if (!iso || iso < EARLIEST_DATE) return { error: t.badDate(field.label) };
      const latest = field.ahead ? latestAhead(today, field.ahead) : today;
      if (iso > latest) return { error: field.ahead ? t.tooFarAhead(field.label) : t.futureDate(field.label) };
      return { value: iso };
    }
    case 'count': {
      const min = field.min ?? 0;
      const max = field.max ?? 9999;
      if (!/^\d{1,6}$/.test(text) || Number(text) < min || Number(text) > max) return { error: t.badCount(field.label, min, max) };
      return { value: Number(text) };
    }
    case 'document': {
      const value = text.replace(/[\s.-]/g, '');
      return /^[0-9A-Za-z]{6,15}$/.test(value) ? { value } : { error: t.badDocument(field.label) };
    }
    case 'select':
      return (field.options ?? []).some((o) => o.value === text) ? { value: text } : { error: t.badChoice(field.label) };
    case 'email':
      return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? { value: text } : { error: t.badEmail(field.label) };
    case 'flags': {
      const value = readFlags(field, text);
      return value === null ? { error: t.badChoice(field.label) } : { value };
    }
    default:
      return text.length > (field.max ?? 200) ? { error: t.tooLong(field.label, field.max ?? 200) } : { value: text };
  }
}

/**
 * The typed values read against the record's current ones: the columns that really change, as they will
 * be stored, or Spanish errors per field. Only the fields given are read (the form sends what changed);
 * `only` limits them further (the corrections user's fields).
 */
export function readEdit(
  table: EditableTableName,
  typed: Readonly<Record<string, string>>,
  current: Readonly<Record<string, StoredValue>>,
  today: string,
  only: (field: EditableField) => boolean = () => true,
): { readonly changes: Record<string, StoredValue>; readonly errors: Record<string, string> } {
  const changes: Record<string, StoredValue> = {};
  const errors: Record<string, string> = {};
  const known = new Map(fieldsOf(table).filter(only).map((field) => [field.column, field]));
  for (const [column, raw] of Object.entries(typed)) {
    const field = known.get(column);
    if (!field) {
      errors[column] = t.notEditable(column);
      continue;
    }
    const read = readValue(field, raw, today);
    if ('error' in read) errors[column] = read.error;
    else if (read.value !== (current[column] ?? (field.kind === 'count' || field.kind === 'date' || field.kind === 'select' ? null : ''))) changes[column] = read.value;
  }
  return { changes, errors };
}

/** Whether a change to these columns needs a reason (it changes what the program allows). */
export function needsReason(table: EditableTableName, columns: readonly string[]): boolean {
  return fieldsOf(table).some((field) => field.drivesRule === true && columns.includes(field.column));
}
