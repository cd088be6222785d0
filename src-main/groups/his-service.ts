import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { z } from 'zod';
import type { HisActivity, hisCodeSchema } from '../../src-shared/groups/coordination-schemas';
import { groupsText } from '../../src-shared/groups/text';
import type { HisCodeRow, MonthlyActivity } from '../../src-shared/groups/types';
import { groupsUi } from '../../src-shared/groups/ui-text';
import { daysInMonth, showIsoDate, toIsoDate } from '../../src-shared/common/dates';
import { toCsv } from '../../src-shared/common/csv';
import type { ListExport } from '../../src-shared/formula/lists';
import { inTransaction, type AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { recordAudit } from '../audit/audit-service';
import { changeStamp, newRecordColumns } from '../db/new-record';
import { requireLocalSiteId } from '../site/site-service';
import { groupSessions, hisCodes, minutesEntries, sessionAttendance, supportGroups, trainingAttendance, trainingCourses, trainingSessions } from './groups.schema';

const ui = groupsUi.his;

/**
 * HIS daily-activity codes (GT §6.3): the guide gives none, so the admin keeps this table; codes kept by
 * the microrred or red arrive as reference data and are read-only here.
 */
export function listHisCodes(ctx: AppContext): HisCodeRow[] {
  const here = requireLocalSiteId(ctx);
  return ctx.db
    .select()
    .from(hisCodes)
    .where(eq(hisCodes.deleted, false))
    .orderBy(asc(hisCodes.activity), asc(hisCodes.code))
    .all()
    .map((c) => ({ id: c.id, activity: c.activity, code: c.code, description: c.description, fromAbove: c.ownerSiteId !== here }));
}

/** A code this site may change: its own, not one the microrred or red sent down. */
function ownCode(ctx: AppContext, id: string) {
  const found = ctx.db.select().from(hisCodes).where(and(eq(hisCodes.id, id), eq(hisCodes.deleted, false))).get();
  if (!found) throw new AppError('NOT_FOUND', groupsText.errors.hisCodeNotFound);
  if (found.ownerSiteId !== requireLocalSiteId(ctx)) throw new AppError('VALIDATION', groupsText.errors.hisCodeFromAbove);
  return found;
}

export function saveHisCode(ctx: AppContext, input: z.output<typeof hisCodeSchema>): HisCodeRow[] {
  inTransaction(ctx, () => {
    let id = input.id;
    if (id) {
      ownCode(ctx, id);
      ctx.db.update(hisCodes).set({ activity: input.activity, code: input.code, description: input.description, ...changeStamp(ctx) }).where(eq(hisCodes.id, id)).run();
    } else {
      const columns = newRecordColumns(ctx);
      id = columns.id;
      ctx.db.insert(hisCodes).values({ ...columns, activity: input.activity, code: input.code, description: input.description }).run();
    }
    recordAudit(ctx, { action: 'groups.hisCodeSave', recordTable: 'his_codes', recordId: id, detail: `${input.code}: ${input.description}` });
  });
  return listHisCodes(ctx);
}

export function deleteHisCode(ctx: AppContext, id: string): HisCodeRow[] {
  const found = ownCode(ctx, id);
  inTransaction(ctx, () => {
    ctx.db.update(hisCodes).set({ deleted: true, ...changeStamp(ctx) }).where(eq(hisCodes.id, id)).run();
    recordAudit(ctx, { action: 'groups.hisCodeDelete', recordTable: 'his_codes', recordId: id, detail: found.code });
  });
  return listHisCodes(ctx);
}

function countPeople(text: string): number {
  return text.split(/[,;\n]/).filter((part) => part.trim() !== '').length;
}

/** The month's activities with their HIS codes, to type into the HIS daily-activity form. */
export function monthlyActivities(ctx: AppContext, year: number, month: number): MonthlyActivity[] {
  const from = toIsoDate({ year, month, day: 1 });
  const to = toIsoDate({ year, month, day: daysInMonth(year, month) });
  const codes = listHisCodes(ctx);
  const codesOf = (activity: HisActivity) => codes.filter((c) => c.activity === activity).map((c) => c.code);
  const out: MonthlyActivity[] = [];

  const training = ctx.db
    .select({ id: trainingSessions.id, date: trainingSessions.sessionDate, topic: trainingSessions.topicNumber, makeUp: trainingSessions.makeUp, course: trainingCourses.name })
    .from(trainingSessions)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
    .where(and(eq(trainingSessions.deleted, false), gte(trainingSessions.sessionDate, from), lte(trainingSessions.sessionDate, to)))
    .all();
  for (const s of training) {
    const present = ctx.db
      .select({ id: trainingAttendance.id })
      .from(trainingAttendance)
      .where(and(eq(trainingAttendance.sessionId, s.id), eq(trainingAttendance.present, true), eq(trainingAttendance.deleted, false)))
      .all().length;
    out.push({ date: s.date ?? from, activity: 'training', description: ui.trainingRow(s.course, s.topic, s.makeUp), participants: present, hisCodes: codesOf('training') });
  }

  const sessions = ctx.db
    .select({ id: groupSessions.id, date: groupSessions.sessionDate, topic: groupSessions.topic, group: supportGroups.name })
    .from(groupSessions)
    .innerJoin(supportGroups, eq(supportGroups.id, groupSessions.groupId))
    .where(and(eq(groupSessions.deleted, false), eq(groupSessions.status, 'held'), gte(groupSessions.sessionDate, from), lte(groupSessions.sessionDate, to)))
    .all();
  for (const s of sessions) {
    const present = ctx.db
      .select({ id: sessionAttendance.id })
      .from(sessionAttendance)
      .where(and(eq(sessionAttendance.sessionId, s.id), eq(sessionAttendance.present, true), eq(sessionAttendance.deleted, false)))
      .all().length;
    out.push({ date: s.date, activity: 'groupSession', description: ui.sessionRow(s.group, s.topic), participants: present, hisCodes: codesOf('groupSession') });
  }

  const minutes = ctx.db
    .select()
    .from(minutesEntries)
    .where(and(eq(minutesEntries.deleted, false), gte(minutesEntries.meetingDate, from), lte(minutesEntries.meetingDate, to)))
    .all();
  for (const m of minutes) {
    out.push({ date: m.meetingDate, activity: 'minutes', description: ui.minutesRow(m.place), participants: countPeople(m.participants), hisCodes: codesOf('minutes') });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

/** The month's activities as CSV, the same lines as the printed sheet (issue 15). */
export function exportHisMonth(ctx: AppContext, year: number, month: number): ListExport {
  const t = groupsUi.his;
  const activities = monthlyActivities(ctx, year, month);
  const csv = toCsv(
    [t.date, t.activity, t.description, t.participants, t.codes],
    activities.map((a) => [showIsoDate(a.date), t.activities[a.activity], a.description, a.participants, a.hisCodes.join(' ')]),
  );
  inTransaction(ctx, () => recordAudit(ctx, { action: 'home.listExport', detail: `${t.monthTitle} ${String(month).padStart(2, '0')}/${year}: ${activities.length} filas` }));
  return { fileName: `actividades-his-${year}-${String(month).padStart(2, '0')}.csv`, csv, rowCount: activities.length };
}
