import { eq } from 'drizzle-orm';
import { facilityIndicators, type FacilityIndicators, type Period } from '../../src-shared/groups/indicators';
import type { FollowUps } from '../../src-shared/groups/types';
import type { AppContext } from '../app/context';
import { absenceThresholdOf } from '../settings/settings-service';
import { groupDetail } from './groups-service';
import { groupMembers, groupSessions, leadMothers, sessionAttendance, supportGroups } from './groups.schema';

/** Members with repeated unjustified absences and groups without a session in the last 30 days. */
export function followUps(ctx: AppContext): FollowUps {
  const groups = ctx.db.select({ id: supportGroups.id }).from(supportGroups).where(eq(supportGroups.deleted, false)).all();
  const details = groups.map((g) => groupDetail(ctx, g.id));
  return {
    threshold: absenceThresholdOf(ctx),
    members: details.flatMap((group) =>
      group.members
        .filter((m) => m.followUp)
        .map((m) => ({ memberId: m.id, groupId: group.id, groupName: group.name, name: `${m.firstNames} ${m.lastNames}`, absences: m.unjustifiedInARow })),
    ),
    idleGroups: details.filter((g) => g.idle).map((g) => ({ groupId: g.id, name: g.name, lastSessionDate: g.lastSessionDate })),
  };
}

/** A stored JSON list of ids; anything else (a damaged cell) reads as none. */
function idList(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function indicators(ctx: AppContext, period: Period): FacilityIndicators & { readonly period: Period } {
  const open = followUps(ctx);
  const data = {
    sessions: ctx.db
      .select({ id: groupSessions.id, groupId: groupSessions.groupId, date: groupSessions.sessionDate, status: groupSessions.status, facilitator: groupSessions.facilitatorLeadMotherId })
      .from(groupSessions)
      .where(eq(groupSessions.deleted, false))
      .all()
      .map((s) => ({ id: s.id, groupId: s.groupId, date: s.date, held: s.status === 'held', facilitatorLeadMotherId: s.facilitator })),
    attendance: ctx.db
      .select({ sessionId: sessionAttendance.sessionId, present: sessionAttendance.present })
      .from(sessionAttendance)
      .where(eq(sessionAttendance.deleted, false))
      .all(),
    members: ctx.db
      .select({ type: groupMembers.memberType, joinedDate: groupMembers.joinedOn, leftDate: groupMembers.leftOn })
      .from(groupMembers)
      .where(eq(groupMembers.deleted, false))
      .all(),
    leadMothers: ctx.db.select({ id: leadMothers.id, status: leadMothers.status }).from(leadMothers).where(eq(leadMothers.deleted, false)).all(),
    groupLeaders: ctx.db
      .select({ groupId: supportGroups.id, ids: supportGroups.leadMotherIds })
      .from(supportGroups)
      .where(eq(supportGroups.deleted, false))
      .all()
      .map((g) => ({ groupId: g.groupId, leadMotherIds: idList(g.ids) })),
    followUpsOpen: open.members.length + open.idleGroups.length,
  };
  return { ...facilityIndicators(data, period), period };
}
