import type { IsoDate } from '../common/dates';
import { toIsoDate, daysInMonth } from '../common/dates';

/** GT §6.1.4: indicators are measured per semester and per year. */
export type Period = { readonly kind: 'year'; readonly year: number } | { readonly kind: 'semester'; readonly year: number; readonly half: 1 | 2 };

/** The period a year and a half (0: the whole year) name, as the period forms send them. */
export function periodOf(year: number, half: 0 | 1 | 2): Period {
  return half === 0 ? { kind: 'year', year } : { kind: 'semester', year, half };
}

export function periodRange(period: Period): { from: IsoDate; to: IsoDate; months: readonly string[] } {
  const firstMonth = period.kind === 'semester' && period.half === 2 ? 7 : 1;
  const lastMonth = period.kind === 'semester' && period.half === 1 ? 6 : 12;
  const months: string[] = [];
  for (let m = firstMonth; m <= lastMonth; m += 1) months.push(`${period.year}-${String(m).padStart(2, '0')}`);
  return {
    from: toIsoDate({ year: period.year, month: firstMonth, day: 1 }),
    to: toIsoDate({ year: period.year, month: lastMonth, day: daysInMonth(period.year, lastMonth) }),
    months,
  };
}

export type MemberType = 'pregnant' | 'breastfeeding' | 'motherUnder2' | 'caregiver' | 'relative';
export const MEMBER_TYPES: readonly MemberType[] = ['pregnant', 'breastfeeding', 'motherUnder2', 'caregiver', 'relative'];

export interface IndicatorData {
  readonly sessions: readonly { readonly id: string; readonly groupId: string; readonly date: IsoDate; readonly held: boolean; readonly facilitatorLeadMotherId?: string | null }[];
  readonly attendance: readonly { readonly sessionId: string; readonly present: boolean }[];
  readonly members: readonly { readonly type: MemberType; readonly joinedDate: IsoDate; readonly leftDate: IsoDate | null }[];
  readonly leadMothers: readonly { readonly id: string; readonly status: 'candidate' | 'inTraining' | 'trained' | 'active' | 'inactive' }[];
  /** Who leads each group (its lead mothers). */
  readonly groupLeaders: readonly { readonly groupId: string; readonly leadMotherIds: readonly string[] }[];
  readonly followUpsOpen: number;
}

export interface FacilityIndicators {
  /** Groups with at least one session held in the period. */
  readonly groupsActive: number;
  readonly sessionsHeld: number;
  readonly sessionsPerMonth: readonly { readonly month: string; readonly sessions: number }[];
  /** Present ÷ listed, over the sessions held in the period; null without attendance. */
  readonly averageAttendancePercent: number | null;
  readonly averagePresent: number | null;
  /** Members who belonged to a group at some time in the period. */
  readonly membersByType: Readonly<Record<MemberType, number>>;
  readonly leadMothersTrained: number;
  readonly leadMothersActive: number;
  readonly followUpsOpen: number;
}

/**
 * GT §6.1.2: a lead mother is active while she runs a group. Marked «active» by hand, or trained and
 * leading (or facilitating) a group that held a session in the period — nobody has to remember to
 * change her state once her group meets. «Inactive» is a decision and always wins.
 */
export function activeLeadMotherIds(data: Pick<IndicatorData, 'leadMothers' | 'groupLeaders' | 'sessions'>, from: IsoDate, to: IsoDate): Set<string> {
  const held = data.sessions.filter((s) => s.held && s.date >= from && s.date <= to);
  const heldGroups = new Set(held.map((s) => s.groupId));
  const running = new Set<string>(held.flatMap((s) => (s.facilitatorLeadMotherId ? [s.facilitatorLeadMotherId] : [])));
  for (const group of data.groupLeaders) if (heldGroups.has(group.groupId)) for (const id of group.leadMotherIds) running.add(id);
  return new Set(data.leadMothers.filter((m) => m.status === 'active' || (m.status === 'trained' && running.has(m.id))).map((m) => m.id));
}

export function facilityIndicators(data: IndicatorData, period: Period): FacilityIndicators {
  const { from, to, months } = periodRange(period);
  const held = data.sessions.filter((s) => s.held && s.date >= from && s.date <= to);
  const heldIds = new Set(held.map((s) => s.id));
  const marks = data.attendance.filter((a) => heldIds.has(a.sessionId));
  const present = marks.filter((a) => a.present).length;
  const sessionsWithMarks = new Set(marks.map((a) => a.sessionId)).size;
  const membersByType = Object.fromEntries(MEMBER_TYPES.map((type) => [type, 0])) as Record<MemberType, number>;
  for (const member of data.members) {
    if (member.joinedDate <= to && (member.leftDate === null || member.leftDate >= from)) membersByType[member.type] += 1;
  }
  return {
    groupsActive: new Set(held.map((s) => s.groupId)).size,
    sessionsHeld: held.length,
    sessionsPerMonth: months.map((month) => ({ month, sessions: held.filter((s) => s.date.startsWith(month)).length })),
    averageAttendancePercent: marks.length === 0 ? null : Math.round((present / marks.length) * 1000) / 10,
    averagePresent: sessionsWithMarks === 0 ? null : Math.round((present / sessionsWithMarks) * 10) / 10,
    membersByType,
    leadMothersTrained: data.leadMothers.filter((m) => m.status === 'trained' || m.status === 'active').length,
    leadMothersActive: activeLeadMotherIds(data, from, to).size,
    followUpsOpen: data.followUpsOpen,
  };
}
