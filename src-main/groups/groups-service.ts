import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { foldForSearch } from '../../src-shared/common/text';
import { showIsoDate } from '../../src-shared/common/dates';
import { groupIdle, groupSizeWarning, membersOn, periodicityTooLong, unjustifiedAbsencesInARow } from '../../src-shared/groups/group-rules';
import { SESSION_MOMENTS, type SessionMomentKey } from '../../src-shared/groups/moments';
import type { memberLeftSchema, newGroupSchema, newMemberSchema } from '../../src-shared/groups/schemas';
import { groupsText } from '../../src-shared/groups/text';
import type { GroupDetail, GroupSummary, MemberRow, SessionRow } from '../../src-shared/groups/types';
import { inTransaction, type AppContext } from '../app/context';
import { AppError, fieldError } from '../app/errors';
import { todayIso } from '../app/today';
import { recordAudit } from '../audit/audit-service';
import { changeStamp, newRecordColumns } from '../db/new-record';
import { absenceThresholdOf } from '../settings/settings-service';
import { localSiteId } from '../site/site-service';
import { hasPermission } from '../../src-shared/users/roles';
import { groupMembers, groupSessions, leadMothers, sessionAttendance, supportGroups } from './groups.schema';

const t = groupsText.errors;
const w = groupsText.warnings;

export function loadGroup(ctx: AppContext, groupId: string) {
  const group = ctx.db.select().from(supportGroups).where(and(eq(supportGroups.id, groupId), eq(supportGroups.deleted, false))).get();
  if (!group) throw new AppError('NOT_FOUND', t.groupNotFound);
  return group;
}


function membersOf(ctx: AppContext, groupId: string) {
  return ctx.db
    .select()
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.deleted, false)))
    .orderBy(asc(groupMembers.lastNames), asc(groupMembers.firstNames))
    .all();
}

function sessionsOf(ctx: AppContext, groupId: string) {
  return ctx.db
    .select()
    .from(groupSessions)
    .where(and(eq(groupSessions.groupId, groupId), eq(groupSessions.deleted, false)))
    .orderBy(desc(groupSessions.sessionDate))
    .all();
}

function attendanceOf(ctx: AppContext, sessionIds: readonly string[]) {
  if (sessionIds.length === 0) return [];
  return ctx.db
    .select()
    .from(sessionAttendance)
    .where(and(inArray(sessionAttendance.sessionId, [...sessionIds]), eq(sessionAttendance.deleted, false)))
    .all();
}

function warningsOf(activeMembers: number, periodicityDays: number): string[] {
  const warnings: string[] = [];
  const size = groupSizeWarning(activeMembers);
  if (size?.code === 'TOO_FEW') warnings.push(w.tooFew(size.members));
  if (size?.code === 'TOO_MANY') warnings.push(w.tooMany(size.members));
  if (periodicityTooLong(periodicityDays)) warnings.push(w.periodicity(periodicityDays));
  return warnings;
}

function parseMoments(json: string): SessionRow['moments'] {
  const raw = JSON.parse(json) as Record<string, { done?: unknown; minutes?: unknown } | undefined>;
  return Object.fromEntries(
    SESSION_MOMENTS.map((m) => [m.key, { done: raw[m.key]?.done === true, minutes: typeof raw[m.key]?.minutes === 'number' ? (raw[m.key]?.minutes as number) : null }]),
  ) as Record<SessionMomentKey, { done: boolean; minutes: number | null }>;
}

function summaryOf(ctx: AppContext, group: typeof supportGroups.$inferSelect): { summary: GroupSummary; members: MemberRow[]; sessions: SessionRow[] } {
  const role = ctx.session.current?.role;
  const mayReadNotes = role !== undefined && hasPermission(role, 'groups.write');
  const today = todayIso(ctx);
  const members = membersOf(ctx, group.id);
  const sessions = sessionsOf(ctx, group.id);
  const attendance = attendanceOf(ctx, sessions.map((s) => s.id));
  const held = sessions.filter((s) => s.status === 'held');
  const heldDates = new Map(held.map((s) => [s.id, s.sessionDate]));
  const threshold = absenceThresholdOf(ctx);
  const leadMotherIds = JSON.parse(group.leadMotherIds) as string[];
  const mothers = leadMotherIds.length ? ctx.db.select().from(leadMothers).where(inArray(leadMothers.id, leadMotherIds)).all() : [];
  const planned = sessions.filter((s) => s.status === 'planned').sort((a, b) => a.sessionDate.localeCompare(b.sessionDate))[0];
  const active = membersOn(members, today).length;
  const summary: GroupSummary = {
    id: group.id,
    name: group.name,
    formedOn: group.formedOn,
    place: group.place,
    meetingDay: group.meetingDay,
    meetingTime: group.meetingTime,
    periodicityDays: group.periodicityDays,
    community: group.community,
    rules: group.rules,
    topics: group.topics,
    leadMothers: mothers.map((m) => ({ id: m.id, name: `${m.firstNames} ${m.lastNames}` })),
    activeMembers: active,
    lastSessionDate: held[0]?.sessionDate ?? null,
    nextPlanned: planned ? { id: planned.id, date: planned.sessionDate, time: planned.sessionTime, place: planned.place, topic: planned.topic } : null,
    warnings: warningsOf(active, group.periodicityDays),
    idle: groupIdle(held[0]?.sessionDate ?? null, group.formedOn, today),
  };
  return {
    summary,
    members: members.map((m) => {
      const marks = attendance
        .filter((a) => a.memberId === m.id && heldDates.has(a.sessionId))
        .map((a) => ({ date: heldDates.get(a.sessionId) ?? '', present: a.present, justified: a.justified }));
      const run = unjustifiedAbsencesInARow(marks);
      return {
        id: m.id,
        firstNames: m.firstNames,
        lastNames: m.lastNames,
        nationalId: m.nationalId,
        memberType: m.memberType,
        age: m.age,
        childAgeMonths: m.childAgeMonths,
        address: m.address,
        phone: m.phone,
        joinedOn: m.joinedOn,
        leftOn: m.leftOn,
        unjustifiedInARow: run,
        followUp: m.leftOn === null && run >= threshold,
      };
    }),
    sessions: sessions.map((s) => {
      const marks = attendance.filter((a) => a.sessionId === s.id);
      return {
        id: s.id,
        status: s.status,
        sessionDate: s.sessionDate,
        sessionTime: s.sessionTime,
        place: s.place,
        topic: s.topic,
        facilitatorLeadMotherId: s.facilitatorLeadMotherId,
        facilitatorStaff: s.facilitatorStaff,
        moments: parseMoments(s.moments),
        agreements: s.agreements,
        // Shown only to those who keep the group, at the site that wrote them (issue 18.2).
        confidentialNotes: mayReadNotes && s.ownerSiteId === localSiteId(ctx) ? s.confidentialNotes : '',
        present: marks.filter((a) => a.present).length,
        absent: marks.filter((a) => !a.present).length,
        attendance: marks.map((a) => ({ memberId: a.memberId, present: a.present, absenceReason: a.absenceReason, justified: a.justified })),
      };
    }),
  };
}

export function listGroups(ctx: AppContext): GroupSummary[] {
  return ctx.db
    .select()
    .from(supportGroups)
    .where(eq(supportGroups.deleted, false))
    .orderBy(asc(supportGroups.name))
    .all()
    .map((group) => summaryOf(ctx, group).summary);
}

export function groupDetail(ctx: AppContext, groupId: string): GroupDetail {
  const { summary, members, sessions } = summaryOf(ctx, loadGroup(ctx, groupId));
  return { ...summary, members, sessions };
}

export function createGroup(ctx: AppContext, input: z.output<typeof newGroupSchema>): GroupDetail {
  if (input.formedOn > todayIso(ctx)) throw fieldError('formedOn', t.inFuture);
  const found = ctx.db.select({ id: leadMothers.id }).from(leadMothers).where(and(inArray(leadMothers.id, input.leadMotherIds), eq(leadMothers.deleted, false))).all();
  if (found.length !== new Set(input.leadMotherIds).size) throw fieldError('leadMotherIds', t.leadMotherNotFound);
  const id = inTransaction(ctx, () => {
    const columns = newRecordColumns(ctx);
    ctx.db
      .insert(supportGroups)
      .values({
        ...columns,
        name: input.name,
        formedOn: input.formedOn,
        leadMotherIds: JSON.stringify([...new Set(input.leadMotherIds)]),
        rules: input.rules,
        place: input.place,
        meetingDay: input.meetingDay,
        meetingTime: input.meetingTime,
        periodicityDays: input.periodicityDays,
        topics: input.topics,
        community: input.community,
      })
      .run();
    recordAudit(ctx, { action: 'groups.groupCreate', recordTable: 'support_groups', recordId: columns.id, detail: input.name });
    return columns.id;
  });
  return groupDetail(ctx, id);
}

/** A member joins: never twice in the same group (same DNI, or same name when there is no DNI). */
export function addMember(ctx: AppContext, input: z.output<typeof newMemberSchema>): GroupDetail {
  const group = loadGroup(ctx, input.groupId);
  if (input.joinedOn < group.formedOn) throw fieldError('joinedOn', t.joinedBeforeGroup(showIsoDate(group.formedOn)));
  if (input.joinedOn > todayIso(ctx)) throw fieldError('joinedOn', t.inFuture);
  const searchName = foldForSearch(`${input.firstNames} ${input.lastNames}`).replace(/\s+/g, ' ');
  const current = membersOf(ctx, group.id).filter((m) => m.leftOn === null);
  const twice = current.find((m) => (input.nationalId && m.nationalId === input.nationalId) || m.searchName === searchName);
  if (twice) throw fieldError(input.nationalId && twice.nationalId === input.nationalId ? 'nationalId' : 'firstNames', t.memberTwice(`${twice.firstNames} ${twice.lastNames}`));
  inTransaction(ctx, () => {
    const columns = newRecordColumns(ctx);
    ctx.db
      .insert(groupMembers)
      .values({
        ...columns,
        groupId: group.id,
        firstNames: input.firstNames,
        lastNames: input.lastNames,
        searchName,
        nationalId: input.nationalId || null,
        memberType: input.memberType,
        age: input.age,
        childAgeMonths: input.childAgeMonths,
        address: input.address,
        phone: input.phone,
        joinedOn: input.joinedOn,
        leftOn: null,
      })
      .run();
    recordAudit(ctx, { action: 'groups.memberAdd', recordTable: 'support_groups', recordId: group.id, detail: `${input.firstNames} ${input.lastNames}` });
  });
  return groupDetail(ctx, group.id);
}

export function memberLeft(ctx: AppContext, input: z.output<typeof memberLeftSchema>): GroupDetail {
  const member = ctx.db.select().from(groupMembers).where(and(eq(groupMembers.id, input.memberId), eq(groupMembers.deleted, false))).get();
  if (!member) throw new AppError('NOT_FOUND', t.memberNotFound);
  if (input.leftOn < member.joinedOn) throw fieldError('leftOn', t.leftBeforeJoined);
  if (input.leftOn > todayIso(ctx)) throw fieldError('leftOn', t.inFuture);
  inTransaction(ctx, () => {
    ctx.db.update(groupMembers).set({ leftOn: input.leftOn, ...changeStamp(ctx) }).where(eq(groupMembers.id, member.id)).run();
    recordAudit(ctx, { action: 'groups.memberLeft', recordTable: 'support_groups', recordId: member.groupId, detail: `${member.firstNames} ${member.lastNames}` });
  });
  return groupDetail(ctx, member.groupId);
}
