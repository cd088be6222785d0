import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { statusAfterTraining } from '../../src-shared/groups/lead-mothers';
import type { enrolSchema, makeUpSessionSchema, newCourseSchema, trainingAttendanceSchema } from '../../src-shared/groups/schemas';
import { groupsText } from '../../src-shared/groups/text';
import { TRAINING_PLANS, trainingProgress } from '../../src-shared/groups/training';
import type { CourseDetail, CourseSummary } from '../../src-shared/groups/types';
import { inTransaction, type AppContext } from '../app/context';
import { AppError, fieldError } from '../app/errors';
import { todayIso } from '../app/today';
import { recordAudit } from '../audit/audit-service';
import { changeStamp, newRecordColumns } from '../db/new-record';
import { leadMothers, trainingAttendance, trainingCourses, trainingEnrolments, trainingSessions } from './groups.schema';
import { latestAhead } from '../../src-shared/common/dates';

const t = groupsText.errors;

function loadCourse(ctx: AppContext, courseId: string) {
  const course = ctx.db.select().from(trainingCourses).where(and(eq(trainingCourses.id, courseId), eq(trainingCourses.deleted, false))).get();
  if (!course) throw new AppError('NOT_FOUND', t.courseNotFound);
  return course;
}

function sessionsOf(ctx: AppContext, courseId: string) {
  return ctx.db
    .select()
    .from(trainingSessions)
    .where(and(eq(trainingSessions.courseId, courseId), eq(trainingSessions.deleted, false)))
    .orderBy(asc(trainingSessions.makeUp), asc(trainingSessions.topicNumber), asc(trainingSessions.sessionDate))
    .all();
}

function enrolledIds(ctx: AppContext, courseId: string): string[] {
  return ctx.db
    .select({ id: trainingEnrolments.leadMotherId })
    .from(trainingEnrolments)
    .where(and(eq(trainingEnrolments.courseId, courseId), eq(trainingEnrolments.deleted, false)))
    .all()
    .map((r) => r.id);
}

/** Topics each lead mother attended in a course. */
function attendedTopics(ctx: AppContext, courseId: string): Map<string, { number: number }[]> {
  const rows = ctx.db
    .select({ leadMotherId: trainingAttendance.leadMotherId, number: trainingSessions.topicNumber })
    .from(trainingAttendance)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
    .where(and(eq(trainingSessions.courseId, courseId), eq(trainingAttendance.present, true), eq(trainingAttendance.deleted, false)))
    .all();
  const byMother = new Map<string, { number: number }[]>();
  for (const row of rows) byMother.set(row.leadMotherId, [...(byMother.get(row.leadMotherId) ?? []), { number: row.number }]);
  return byMother;
}

/** Best progress of each enrolled lead mother over all her courses. */
export function trainingProgressByLeadMother(ctx: AppContext): Map<string, { hoursCompleted: number; completed: boolean }> {
  const best = new Map<string, { hoursCompleted: number; completed: boolean }>();
  for (const course of ctx.db.select().from(trainingCourses).where(eq(trainingCourses.deleted, false)).all()) {
    const attended = attendedTopics(ctx, course.id);
    for (const leadMotherId of enrolledIds(ctx, course.id)) {
      const progress = trainingProgress(course.modality, attended.get(leadMotherId) ?? []);
      const current = best.get(leadMotherId);
      if (!current || progress.hoursCompleted > current.hoursCompleted) {
        best.set(leadMotherId, { hoursCompleted: progress.hoursCompleted, completed: progress.completed });
      }
    }
  }
  return best;
}

export function courseDetail(ctx: AppContext, courseId: string): CourseDetail {
  const course = loadCourse(ctx, courseId);
  const sessions = sessionsOf(ctx, courseId);
  const ids = enrolledIds(ctx, courseId);
  const mothers = ids.length ? ctx.db.select().from(leadMothers).where(inArray(leadMothers.id, ids)).orderBy(asc(leadMothers.lastNames), asc(leadMothers.firstNames)).all() : [];
  const marks = ctx.db
    .select()
    .from(trainingAttendance)
    .where(and(inArray(trainingAttendance.sessionId, sessions.map((s) => s.id).concat([''])), eq(trainingAttendance.deleted, false)))
    .all();
  const attended = attendedTopics(ctx, courseId);
  return {
    id: course.id,
    name: course.name,
    modality: course.modality,
    place: course.place,
    startsOn: course.startsOn,
    sessions: sessions.map((s) => ({ id: s.id, topicNumber: s.topicNumber, topic: s.topic, hours: s.hours, sessionDate: s.sessionDate, makeUp: s.makeUp })),
    enrolled: mothers.map((m) => {
      const progress = trainingProgress(course.modality, attended.get(m.id) ?? []);
      return {
        leadMotherId: m.id,
        name: `${m.firstNames} ${m.lastNames}`,
        hoursCompleted: progress.hoursCompleted,
        completed: progress.completed,
        missing: progress.missing,
        marks: Object.fromEntries(marks.filter((mark) => mark.leadMotherId === m.id).map((mark) => [mark.sessionId, mark.present])),
      };
    }),
  };
}

export function listCourses(ctx: AppContext): CourseSummary[] {
  return ctx.db
    .select()
    .from(trainingCourses)
    .where(eq(trainingCourses.deleted, false))
    .orderBy(asc(trainingCourses.startsOn))
    .all()
    .map((course) => {
      const detail = courseDetail(ctx, course.id);
      return {
        id: course.id,
        name: course.name,
        modality: course.modality,
        startsOn: course.startsOn,
        enrolled: detail.enrolled.length,
        completed: detail.enrolled.filter((e) => e.completed).length,
      };
    });
}

function enrolInTransaction(ctx: AppContext, courseId: string, leadMotherId: string): void {
  const mother = ctx.db.select().from(leadMothers).where(and(eq(leadMothers.id, leadMotherId), eq(leadMothers.deleted, false))).get();
  if (!mother) throw new AppError('NOT_FOUND', t.leadMotherNotFound);
  if (enrolledIds(ctx, courseId).includes(leadMotherId)) throw fieldError('leadMotherId', t.alreadyEnrolled);
  ctx.db.insert(trainingEnrolments).values({ ...newRecordColumns(ctx), courseId, leadMotherId }).run();
  const next = statusAfterTraining(mother.status, false);
  if (next !== mother.status) ctx.db.update(leadMothers).set({ status: next, ...changeStamp(ctx) }).where(eq(leadMothers.id, leadMotherId)).run();
  recordAudit(ctx, { action: 'groups.enrol', recordTable: 'lead_mothers', recordId: leadMotherId, detail: `curso ${courseId}` });
}

/** A course creates its sessions with the guide's topics for the chosen modality (GT §6.1.2 b). */
export function createCourse(ctx: AppContext, input: z.output<typeof newCourseSchema>): CourseDetail {
  if (input.startsOn > latestAhead(todayIso(ctx), 'planned')) throw fieldError('startsOn', t.tooFarAhead);
  const id = inTransaction(ctx, () => {
    const columns = newRecordColumns(ctx);
    ctx.db.insert(trainingCourses).values({ ...columns, name: input.name, modality: input.modality, place: input.place, startsOn: input.startsOn }).run();
    for (const topic of TRAINING_PLANS[input.modality]) {
      ctx.db
        .insert(trainingSessions)
        .values({ ...newRecordColumns(ctx), courseId: columns.id, topicNumber: topic.number, topic: topic.topic, hours: topic.hours, sessionDate: null, makeUp: false })
        .run();
    }
    recordAudit(ctx, { action: 'groups.courseCreate', recordTable: 'training_courses', recordId: columns.id, detail: input.name });
    for (const leadMotherId of input.leadMotherIds) enrolInTransaction(ctx, columns.id, leadMotherId);
    return columns.id;
  });
  return courseDetail(ctx, id);
}

export function enrol(ctx: AppContext, input: z.output<typeof enrolSchema>): CourseDetail {
  loadCourse(ctx, input.courseId);
  inTransaction(ctx, () => enrolInTransaction(ctx, input.courseId, input.leadMotherId));
  return courseDetail(ctx, input.courseId);
}

/** A make-up session repeats one topic of the plan, for those who missed it. */
export function addMakeUpSession(ctx: AppContext, input: z.output<typeof makeUpSessionSchema>): CourseDetail {
  const course = loadCourse(ctx, input.courseId);
  const topic = TRAINING_PLANS[course.modality].find((item) => item.number === input.topicNumber);
  if (!topic) throw fieldError('topicNumber', t.topicNumber);
  if (input.sessionDate < course.startsOn) throw fieldError('sessionDate', t.sessionBeforeGroup(course.startsOn));
  inTransaction(ctx, () => {
    const columns = newRecordColumns(ctx);
    ctx.db
      .insert(trainingSessions)
      .values({ ...columns, courseId: course.id, topicNumber: topic.number, topic: topic.topic, hours: topic.hours, sessionDate: input.sessionDate, makeUp: true })
      .run();
    recordAudit(ctx, { action: 'groups.makeUpSession', recordTable: 'training_courses', recordId: course.id, detail: `recuperación del tema ${topic.number}` });
  });
  return courseDetail(ctx, course.id);
}

/**
 * Attendance of one training session. Only enrolled lead mothers can be marked; a lead mother who
 * completes the 12 hours becomes "trained".
 */
export function recordTrainingAttendance(ctx: AppContext, input: z.output<typeof trainingAttendanceSchema>): CourseDetail {
  const session = ctx.db.select().from(trainingSessions).where(and(eq(trainingSessions.id, input.sessionId), eq(trainingSessions.deleted, false))).get();
  if (!session) throw new AppError('NOT_FOUND', t.trainingSessionNotFound);
  const course = loadCourse(ctx, session.courseId);
  if (input.sessionDate > todayIso(ctx)) throw fieldError('sessionDate', t.inFuture);
  if (input.sessionDate < course.startsOn) throw fieldError('sessionDate', t.sessionBeforeGroup(course.startsOn));
  const enrolled = new Set(enrolledIds(ctx, course.id));
  for (const mark of input.marks) {
    if (!enrolled.has(mark.leadMotherId)) {
      const mother = ctx.db.select().from(leadMothers).where(eq(leadMothers.id, mark.leadMotherId)).get();
      throw fieldError('marks', t.notEnrolled(mother ? `${mother.firstNames} ${mother.lastNames}` : 'Esa persona'));
    }
  }
  inTransaction(ctx, () => {
    ctx.db.update(trainingSessions).set({ sessionDate: input.sessionDate, ...changeStamp(ctx) }).where(eq(trainingSessions.id, session.id)).run();
    for (const mark of input.marks) {
      const existing = ctx.db
        .select()
        .from(trainingAttendance)
        .where(and(eq(trainingAttendance.sessionId, session.id), eq(trainingAttendance.leadMotherId, mark.leadMotherId), eq(trainingAttendance.deleted, false)))
        .get();
      if (existing) ctx.db.update(trainingAttendance).set({ present: mark.present, ...changeStamp(ctx) }).where(eq(trainingAttendance.id, existing.id)).run();
      else ctx.db.insert(trainingAttendance).values({ ...newRecordColumns(ctx), sessionId: session.id, leadMotherId: mark.leadMotherId, present: mark.present }).run();
    }
    const attended = attendedTopics(ctx, course.id);
    for (const mark of input.marks) {
      const mother = ctx.db.select().from(leadMothers).where(eq(leadMothers.id, mark.leadMotherId)).get();
      if (!mother) continue;
      const next = statusAfterTraining(mother.status, trainingProgress(course.modality, attended.get(mother.id) ?? []).completed);
      if (next !== mother.status) ctx.db.update(leadMothers).set({ status: next, ...changeStamp(ctx) }).where(eq(leadMothers.id, mother.id)).run();
    }
    const present = input.marks.filter((m) => m.present).length;
    recordAudit(ctx, {
      action: 'groups.trainingAttendance',
      recordTable: 'training_courses',
      recordId: course.id,
      detail: `tema ${session.topicNumber}${session.makeUp ? ' (recuperación)' : ''}: ${present} de ${input.marks.length} presentes`,
    });
  });
  return courseDetail(ctx, course.id);
}
