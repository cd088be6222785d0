import { z } from 'zod';
import type { Role } from '../users/roles';
import { WORK_WINDOWS_DEFAULTS } from './work-rules';

/** Each role's day (issue 15): what its home page counts, each count opening its list. */
export const WORK_LISTS_BY_ROLE = {
  registrar: ['deliveriesDue', 'prescriptionsEnding', 'infantsTurningSix', 'coverageChanged', 'lotsExpiring', 'sheetDrafts'],
  health: ['sessionsThisWeek', 'idleGroups', 'repeatedAbsences', 'trainingMissing', 'plansAwaiting', 'birthFacilityWithoutGroup'],
  admin: ['lockedUsers'],
  coordinator: ['lateFacilities', 'conflicts', 'infantsAtTwoFacilities', 'bundlesRefused'],
} as const satisfies Record<Role, readonly string[]>;

export type WorkListKey = (typeof WORK_LISTS_BY_ROLE)[Role][number];
export const WORK_LIST_KEYS = [...new Set(Object.values(WORK_LISTS_BY_ROLE).flat())] as unknown as readonly [WorkListKey, ...WorkListKey[]];

/** The columns of each list, in order; every cell is text or a number (dates as ISO, shown dd/mm/aaaa). */
export const WORK_LIST_COLUMNS: { readonly [K in WorkListKey]: readonly string[] } = {
  deliveriesDue: ['state', 'dueOn', 'daysLate', 'caregiver', 'caregiverNationalId', 'phone', 'infant', 'lastDelivery'],
  prescriptionsEnding: ['lastDeliveryDay', 'caregiver', 'caregiverNationalId', 'infant', 'gramsRemaining'],
  infantsTurningSix: ['sixMonthsOn', 'infant', 'birthDate', 'caregiver', 'caregiverNationalId'],
  coverageChanged: ['caregiver', 'caregiverNationalId', 'coverage', 'listDate'],
  lotsExpiring: ['expiryDate', 'lot', 'canGrams', 'quantity'],
  sheetDrafts: ['form', 'savedAt'],
  sessionsThisWeek: ['date', 'time', 'group', 'place', 'topic'],
  idleGroups: ['group', 'lastSessionDate'],
  repeatedAbsences: ['member', 'group', 'absences'],
  trainingMissing: ['leadMother', 'course', 'hoursCompleted', 'missingTopics'],
  plansAwaiting: ['year', 'status', 'updatedAt'],
  birthFacilityWithoutGroup: ['facility'],
  lockedUsers: ['user', 'fullName', 'lockedUntil'],
  lateFacilities: ['facility', 'code', 'lastReceived', 'days'],
  conflicts: ['table', 'record', 'detectedAt'],
  infantsAtTwoFacilities: ['infantNationalId', 'infant', 'facilities'],
  bundlesRefused: ['importedAt', 'facility', 'refused', 'reason'],
};

/** Columns whose cells are ISO dates (shown dd/mm/aaaa, exported as dates). */
export const DATE_COLUMNS: ReadonlySet<string> = new Set(['dueOn', 'lastDelivery', 'lastDeliveryDay', 'sixMonthsOn', 'birthDate', 'listDate', 'expiryDate', 'date', 'lastSessionDate', 'lastReceived']);

export type WorkCell = string | number | null;
export interface WorkRow {
  readonly cells: Readonly<Record<string, WorkCell>>;
  /** Where the row's record is opened, when there is one. */
  readonly caregiverId?: string;
}
export interface WorkList {
  readonly key: WorkListKey;
  readonly rows: readonly WorkRow[];
  /** True when more rows matched than a work list shows (the first ones, most urgent first). */
  readonly truncated: boolean;
}
export interface WorkCount {
  readonly key: WorkListKey;
  readonly count: number;
  /** Most urgent part of the count (overdue deliveries, for instance), when the list has one. */
  readonly urgent: number;
}

/** A status line of the admin's day: not a list, a fact and the page where it is handled. */
export interface WorkStatus {
  readonly key: 'lastBackup' | 'secondFolder' | 'lastBundleSent' | 'lastAck' | 'lastUpdate';
  readonly tone: 'ok' | 'warning';
  readonly text: string;
}

export interface HomeWork {
  readonly counts: readonly WorkCount[];
  readonly status: readonly WorkStatus[];
}

export const WORK_LIST_LIMIT = 500;

const windowSchema = (max: number) => z.coerce.number({ error: `Escriba un número de días de 1 a ${max}.` }).int({ error: `Escriba un número de días de 1 a ${max}.` }).min(1, { error: `Escriba un número de días de 1 a ${max}.` }).max(max, { error: `Escriba un número de días de 1 a ${max}.` });
export const workWindowsSchema = z.object({
  overdueAfterDays: windowSchema(60),
  endingWithinDays: windowSchema(90),
  sixMonthsWithinDays: windowSchema(90),
  lotsExpiringWithinDays: windowSchema(365),
  idleGroupDays: windowSchema(365),
  lateFacilityDays: windowSchema(365),
}) satisfies z.ZodType<unknown, Record<keyof typeof WORK_WINDOWS_DEFAULTS, unknown>>;
export const workListQuerySchema = z.object({ key: z.enum(WORK_LIST_KEYS) });
