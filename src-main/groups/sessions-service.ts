import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { latestAhead, showIsoDate } from '../../src-shared/common/dates';
import { membersOn, nextMeetingTooLate } from '../../src-shared/groups/group-rules';
import type { sessionRecordSchema } from '../../src-shared/groups/schemas';
import { groupsText } from '../../src-shared/groups/text';
import type { SessionSaved } from '../../src-shared/groups/types';
import { inTransaction, type AppContext } from '../app/context';
import { AppError, fieldError } from '../app/errors';
import { todayIso } from '../app/today';
import { prepareAttachment, storeAttachment, type StoredAttachment } from '../attachments/ingest';
import { linkAttachment } from '../attachments/links';
import { recordAudit } from '../audit/audit-service';
import { changeStamp, newRecordColumns } from '../db/new-record';
import { groupDetail, loadGroup } from './groups-service';
import { groupMembers, groupSessions, sessionAttendance } from './groups.schema';

const t = groupsText.errors;

type Input = z.output<typeof sessionRecordSchema>;


function checkSession(ctx: AppContext, input: Input) {
  const group = loadGroup(ctx, input.groupId);
  if (input.sessionDate < group.formedOn) throw fieldError('sessionDate', t.sessionBeforeGroup(showIsoDate(group.formedOn)));
  if (input.sessionDate > todayIso(ctx)) throw fieldError('sessionDate', t.inFuture);
  if (input.nextDate && input.nextDate > latestAhead(todayIso(ctx), 'planned')) throw fieldError('nextDate', t.tooFarAhead);
  if (input.plannedSessionId) {
    const planned = ctx.db
      .select()
      .from(groupSessions)
      .where(and(eq(groupSessions.id, input.plannedSessionId), eq(groupSessions.groupId, group.id), eq(groupSessions.deleted, false)))
      .get();
    if (!planned) throw new AppError('NOT_FOUND', t.sessionNotFound);
    if (planned.status === 'held') throw new AppError('CONFLICT', t.sessionAlreadyHeld);
  }
  const members = ctx.db.select().from(groupMembers).where(and(eq(groupMembers.groupId, group.id), eq(groupMembers.deleted, false))).all();
  const onTheDay = new Set(membersOn(members, input.sessionDate).map((m) => m.id));
  input.attendance.forEach((mark, index) => {
    if (!onTheDay.has(mark.memberId)) throw fieldError(`attendance.${index}.memberId`, t.attendanceMember);
  });
  return group;
}

/**
 * A held session (GT §6.1.3 b): the five moments, attendance with absence reasons, agreements,
 * confidential notes and the scanned attendance sheet; its "next session" becomes the next planned one.
 */
export async function recordSession(ctx: AppContext, input: Input): Promise<SessionSaved> {
  const group = checkSession(ctx, input);
  let sheet: StoredAttachment | null = null;
  if (input.attendanceSheet) {
    try {
      sheet = storeAttachment(ctx, await prepareAttachment(input.attendanceSheet.fileName, Buffer.from(input.attendanceSheet.dataBase64, 'base64')));
    } catch (error) {
      if (error instanceof AppError) throw fieldError('attendanceSheet', error.message);
      throw error;
    }
  }
  const values = {
    status: 'held' as const,
    sessionDate: input.sessionDate,
    sessionTime: input.sessionTime,
    place: input.place,
    topic: input.topic,
    facilitatorLeadMotherId: input.facilitatorLeadMotherId || null,
    facilitatorStaff: input.facilitatorStaff,
    moments: JSON.stringify(input.moments),
    agreements: input.agreements,
    confidentialNotes: input.confidentialNotes,
  };
  inTransaction(ctx, () => {
    let sessionId: string;
    if (input.plannedSessionId) {
      sessionId = input.plannedSessionId;
      ctx.db.update(groupSessions).set({ ...values, ...changeStamp(ctx) }).where(eq(groupSessions.id, sessionId)).run();
    } else {
      const columns = newRecordColumns(ctx);
      sessionId = columns.id;
      ctx.db.insert(groupSessions).values({ ...columns, groupId: group.id, ...values }).run();
    }
    for (const mark of input.attendance) {
      ctx.db
        .insert(sessionAttendance)
        .values({ ...newRecordColumns(ctx), sessionId, memberId: mark.memberId, present: mark.present, absenceReason: mark.present ? '' : mark.absenceReason, justified: !mark.present && mark.justified })
        .run();
    }
    if (sheet) linkAttachment(ctx, sheet, { recordTable: 'group_sessions', recordId: sessionId, kind: 'attendanceSheet', replacesLinkId: null });
    const present = input.attendance.filter((m) => m.present).length;
    recordAudit(ctx, {
      action: 'groups.sessionRecord',
      recordTable: 'group_sessions',
      recordId: sessionId,
      detail: `${group.name}, ${showIsoDate(input.sessionDate)}: ${present} de ${input.attendance.length} presentes`,
    });
    if (input.nextDate) {
      const next = newRecordColumns(ctx);
      ctx.db
        .insert(groupSessions)
        .values({
          ...next,
          groupId: group.id,
          status: 'planned',
          sessionDate: input.nextDate,
          sessionTime: input.nextTime,
          place: input.nextPlace || input.place,
          topic: input.nextTopic,
        })
        .run();
      recordAudit(ctx, { action: 'groups.sessionPlan', recordTable: 'group_sessions', recordId: next.id, detail: `${group.name}, ${showIsoDate(input.nextDate)}` });
    }
  });
  const warnings = input.nextDate && nextMeetingTooLate(input.sessionDate, input.nextDate) ? [groupsText.warnings.nextTooLate] : [];
  return { group: groupDetail(ctx, group.id), warnings };
}
