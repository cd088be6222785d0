import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { COUNTRY_PROFILES } from '../../src-shared/site/countries';
import { facilitatorProfilePoints, readFacilitatorProfile } from '../../src-shared/levels/facilitator-profile';
import { areaKey, isActiveTrainedOn, regionTeams, type FacilitatorRecord } from '../../src-shared/levels/indicators';
import type { courseAttendanceSchema, facilitatorActiveSchema, facilitatorCourseSchema, facilitatorSchema, facilitatorTrainingSchema, supervisionVisitSchema } from '../../src-shared/levels/schemas';
import { levelsText } from '../../src-shared/levels/text';
import type { FacilitatorCourseRow, FacilitatorRow, FacilitatorsView, FacilitatorTrainingRow, SupervisionVisitRow } from '../../src-shared/levels/types';
import { inTransaction, type AppContext, type ReadContext } from '../app/context';
import { AppError, fieldError } from '../app/errors';
import { todayIso } from '../app/today';
import { recordAudit } from '../audit/audit-service';
import { changeStamp, newRecordColumns } from '../db/new-record';
import { localSite, requireLocalSiteId } from '../site/site-service';
import { facilitatorCourseAttendance, facilitatorCourses, facilitators, facilitatorTrainings, supervisionVisits } from './levels.schema';
import { registryFacilities, registryFacility, registryInForce } from './registry-service';

const t = levelsText.errors;

interface StoredFacilitator {
  id: string;
  ownerSiteId: string;
  region: string;
  facilityCode: string;
  fullName: string;
  profession: string;
  phone: string;
  email: string;
  profile: string;
  registeredOn: string;
  inactiveSince: string | null;
  inactiveReason: string;
}

/** Every facilitator held here, or the one with `id`. */
function storedFacilitators(ctx: ReadContext, id: string | null = null): StoredFacilitator[] {
  return ctx.sqlite
    .prepare(
      `SELECT id, owner_site_id AS ownerSiteId, region, facility_code AS facilityCode, full_name AS fullName, profession, phone, email, profile,
              registered_on AS registeredOn, inactive_since AS inactiveSince, inactive_reason AS inactiveReason
         FROM facilitators WHERE deleted = 0${id === null ? '' : ' AND id = ?'} ORDER BY region, full_name`,
    )
    .all(...(id === null ? [] : [id])) as StoredFacilitator[];
}

/** Each facilitator's completed trainings: the region's records and the national courses completed. */
function trainingsByFacilitator(ctx: ReadContext): Map<string, FacilitatorTrainingRow[]> {
  const own = ctx.sqlite
    .prepare("SELECT id, facilitator_id AS facilitatorId, title, provider, start_date AS startDate, end_date AS endDate, hours, 'region' AS source FROM facilitator_trainings WHERE deleted = 0")
    .all() as (FacilitatorTrainingRow & { facilitatorId: string })[];
  const national = ctx.sqlite
    .prepare(
      `SELECT a.id, a.facilitator_id AS facilitatorId, c.title, c.place AS provider, c.start_date AS startDate, c.end_date AS endDate, a.hours_attended AS hours, 'national' AS source
         FROM facilitator_course_attendance a JOIN facilitator_courses c ON c.id = a.course_id
        WHERE a.deleted = 0 AND c.deleted = 0 AND a.completed = 1`,
    )
    .all() as (FacilitatorTrainingRow & { facilitatorId: string })[];
  const out = new Map<string, FacilitatorTrainingRow[]>();
  for (const { facilitatorId, ...training } of [...own, ...national]) {
    const list = out.get(facilitatorId) ?? [];
    list.push(training);
    out.set(facilitatorId, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.endDate.localeCompare(b.endDate));
  return out;
}

/** The facilitators as indicator 1 reads them (from rows already read, when the caller has them). */
export function facilitatorRecords(ctx: ReadContext, stored = storedFacilitators(ctx), trainings = trainingsByFacilitator(ctx)): FacilitatorRecord[] {
  return stored.map((f) => ({
    id: f.id,
    region: f.region,
    registeredOn: f.registeredOn,
    inactiveSince: f.inactiveSince,
    trainingsCompleted: (trainings.get(f.id) ?? []).map((tr) => tr.endDate),
  }));
}

export function facilitatorsView(ctx: AppContext): FacilitatorsView {
  const site = localSite(ctx);
  const me = requireLocalSiteId(ctx);
  const today = todayIso(ctx);
  const registry = registryFacilities(ctx);
  const names = new Map(registry.map((r) => [r.code, r.name]));
  const trainings = trainingsByFacilitator(ctx);
  const stored = storedFacilitators(ctx);
  const records = facilitatorRecords(ctx, stored, trainings);
  const rows: FacilitatorRow[] = stored.map((f, i) => {
    const profile = readFacilitatorProfile(f.profile);
    const own = trainings.get(f.id) ?? [];
    const record = records[i];
    return {
      id: f.id,
      region: f.region,
      facilityCode: f.facilityCode,
      facilityName: names.get(f.facilityCode) ?? '',
      fullName: f.fullName,
      profession: f.profession,
      phone: f.phone,
      email: f.email,
      profile,
      profilePoints: facilitatorProfilePoints(profile),
      registeredOn: f.registeredOn,
      inactiveSince: f.inactiveSince,
      inactiveReason: f.inactiveReason,
      trainings: own,
      trainedHours: own.reduce((sum, tr) => sum + tr.hours, 0),
      countsToday: record ? isActiveTrainedOn(record, today) : false,
      mine: f.ownerSiteId === me,
    };
  });
  const kind = site?.kind ?? 'facility';
  const visibleTeams = regionTeams(registry, records, today).filter((team) => kind === 'national' || areaKey(team.region) === areaKey(site?.region ?? ''));
  return {
    ownRegion: kind === 'national' ? null : (site?.region ?? null),
    facilitators: rows,
    courses: courses(ctx, me),
    visits: visits(ctx, me, names, new Map(stored.map((f) => [f.id, f.fullName]))),
    teams: visibleTeams,
    regions: [...new Map(registry.map((r) => [areaKey(r.region), r.region])).values()].sort((a, b) => a.localeCompare(b, 'es')),
    canRegister: kind === 'region' || kind === 'national',
    canRunCourses: kind === 'national',
  };
}

function courses(ctx: AppContext, me: string): FacilitatorCourseRow[] {
  const list = ctx.sqlite
    .prepare('SELECT id, owner_site_id AS owner, title, place, start_date AS startDate, end_date AS endDate, hours FROM facilitator_courses WHERE deleted = 0 ORDER BY start_date DESC')
    .all() as (Omit<FacilitatorCourseRow, 'attendance' | 'mine'> & { owner: string })[];
  const attendance = ctx.sqlite
    .prepare('SELECT course_id AS courseId, facilitator_id AS facilitatorId, hours_attended AS hoursAttended, completed FROM facilitator_course_attendance WHERE deleted = 0')
    .all() as { courseId: string; facilitatorId: string; hoursAttended: number; completed: number }[];
  return list.map(({ owner, ...course }) => ({
    ...course,
    attendance: attendance.filter((a) => a.courseId === course.id).map((a) => ({ facilitatorId: a.facilitatorId, hoursAttended: a.hoursAttended, completed: a.completed === 1 })),
    mine: owner === me,
  }));
}

function visits(ctx: AppContext, me: string, facilityNames: ReadonlyMap<string, string>, facilitatorNames: ReadonlyMap<string, string>): SupervisionVisitRow[] {
  const rows = ctx.sqlite
    .prepare(
      'SELECT id, owner_site_id AS owner, visit_date AS visitDate, facility_code AS facilityCode, facilitator_id AS facilitatorId, supervisor, findings, agreements FROM supervision_visits WHERE deleted = 0 ORDER BY visit_date DESC',
    )
    .all() as (Omit<SupervisionVisitRow, 'facilityName' | 'facilitatorName' | 'mine'> & { facilitatorId: string | null; owner: string })[];
  return rows.map(({ facilitatorId, owner, ...v }) => ({
    ...v,
    mine: owner === me,
    facilityName: facilityNames.get(v.facilityCode) ?? '',
    facilitatorName: facilitatorId ? (facilitatorNames.get(facilitatorId) ?? '') : '',
  }));
}

function requireAboveRed(ctx: AppContext) {
  const site = localSite(ctx);
  if (!site || (site.kind !== 'region' && site.kind !== 'national')) throw new AppError('FORBIDDEN', t.facilitatorsOnlyAbove);
  return site;
}

function notAfterToday(ctx: AppContext, field: string, date: string): void {
  if (date > todayIso(ctx)) throw fieldError(field, t.inFuture);
}

/** A facility code checked against the registry in force (and against the region, when one is given). */
export function checkFacilityCode(ctx: AppContext, field: string, code: string, region: string | null): void {
  const site = requireAboveRed(ctx);
  if (!registryInForce(ctx)) {
    if (!COUNTRY_PROFILES[site.country].facilityCodePattern.test(code)) throw fieldError(field, t.facilityNotInRegistry(code));
    return;
  }
  const facility = registryFacility(ctx, code);
  if (!facility) throw fieldError(field, t.facilityNotInRegistry(code));
  if (region !== null && areaKey(facility.region) !== areaKey(region)) throw fieldError(field, t.facilityOtherRegion(code, facility.region));
}

export function registerFacilitator(ctx: AppContext, input: z.output<typeof facilitatorSchema>): FacilitatorsView {
  const site = requireAboveRed(ctx);
  let region = site.region;
  if (site.kind === 'national') {
    if (input.region === '') throw fieldError('region', t.chooseRegion);
    region = input.region;
  } else if (input.region !== '' && areaKey(input.region) !== areaKey(site.region)) throw fieldError('region', t.regionNotOwn);
  notAfterToday(ctx, 'registeredOn', input.registeredOn);
  checkFacilityCode(ctx, 'facilityCode', input.facilityCode, region);
  inTransaction(ctx, () => {
    const columns = newRecordColumns(ctx);
    ctx.db
      .insert(facilitators)
      .values({ ...columns, ...input, region, profile: JSON.stringify(input.profile), inactiveSince: null, inactiveReason: '' })
      .run();
    recordAudit(ctx, { action: 'levels.facilitatorRegister', recordTable: 'facilitators', recordId: columns.id, detail: `${input.fullName} (${input.profession}), ${region}` });
  });
  return facilitatorsView(ctx);
}

function ownFacilitator(ctx: AppContext, id: string): StoredFacilitator {
  const me = requireLocalSiteId(ctx);
  const row = storedFacilitators(ctx, id)[0];
  if (!row) throw new AppError('NOT_FOUND', t.facilitatorNotFound);
  if (row.ownerSiteId !== me) throw new AppError('FORBIDDEN', t.facilitatorNotMine);
  return row;
}

export function addFacilitatorTraining(ctx: AppContext, input: z.output<typeof facilitatorTrainingSchema>): FacilitatorsView {
  requireAboveRed(ctx);
  const facilitator = ownFacilitator(ctx, input.facilitatorId);
  if (input.endDate < input.startDate) throw fieldError('endDate', t.endBeforeStart);
  notAfterToday(ctx, 'endDate', input.endDate);
  inTransaction(ctx, () => {
    const columns = newRecordColumns(ctx);
    ctx.db.insert(facilitatorTrainings).values({ ...columns, ...input }).run();
    recordAudit(ctx, { action: 'levels.facilitatorTraining', recordTable: 'facilitators', recordId: facilitator.id, detail: `${facilitator.fullName}: ${input.title}, ${input.hours} h` });
  });
  return facilitatorsView(ctx);
}

export function setFacilitatorActive(ctx: AppContext, input: z.output<typeof facilitatorActiveSchema>): FacilitatorsView {
  requireAboveRed(ctx);
  const facilitator = ownFacilitator(ctx, input.facilitatorId);
  if (input.inactiveSince !== null) {
    notAfterToday(ctx, 'inactiveSince', input.inactiveSince);
    if (input.inactiveSince < facilitator.registeredOn) throw fieldError('inactiveSince', t.beforeRegistered);
  }
  inTransaction(ctx, () => {
    ctx.db
      .update(facilitators)
      .set({ ...changeStamp(ctx), inactiveSince: input.inactiveSince, inactiveReason: input.inactiveSince === null ? '' : input.reason })
      .where(eq(facilitators.id, facilitator.id))
      .run();
    recordAudit(ctx, {
      action: 'levels.facilitatorActive',
      recordTable: 'facilitators',
      recordId: facilitator.id,
      detail: input.inactiveSince === null ? `${facilitator.fullName}: activo/a de nuevo` : `${facilitator.fullName}: de baja desde ${input.inactiveSince}${input.reason ? ` (${input.reason})` : ''}`,
    });
  });
  return facilitatorsView(ctx);
}

export function createFacilitatorCourse(ctx: AppContext, input: z.output<typeof facilitatorCourseSchema>): FacilitatorsView {
  if (localSite(ctx)?.kind !== 'national') throw new AppError('FORBIDDEN', t.coursesOnlyNational);
  if (input.endDate < input.startDate) throw fieldError('endDate', t.endBeforeStart);
  inTransaction(ctx, () => {
    const columns = newRecordColumns(ctx);
    ctx.db.insert(facilitatorCourses).values({ ...columns, ...input }).run();
    recordAudit(ctx, { action: 'levels.courseCreate', recordTable: 'facilitator_courses', recordId: columns.id, detail: `${input.title}, ${input.hours} h` });
  });
  return facilitatorsView(ctx);
}

export function setCourseAttendance(ctx: AppContext, input: z.output<typeof courseAttendanceSchema>): FacilitatorsView {
  if (localSite(ctx)?.kind !== 'national') throw new AppError('FORBIDDEN', t.coursesOnlyNational);
  const me = requireLocalSiteId(ctx);
  const course = ctx.sqlite.prepare('SELECT id, title, hours, end_date AS endDate FROM facilitator_courses WHERE id = ? AND owner_site_id = ? AND deleted = 0').get(input.courseId, me) as
    | { id: string; title: string; hours: number; endDate: string }
    | undefined;
  if (!course) throw new AppError('NOT_FOUND', t.courseNotFound);
  const facilitator = storedFacilitators(ctx, input.facilitatorId)[0];
  if (!facilitator) throw new AppError('NOT_FOUND', t.facilitatorNotFound);
  if (input.hoursAttended > course.hours) throw fieldError('hoursAttended', t.attendedMoreThanCourse(course.hours));
  if (input.completed) notAfterToday(ctx, 'completed', course.endDate);
  inTransaction(ctx, () => {
    const existing = ctx.sqlite.prepare('SELECT id FROM facilitator_course_attendance WHERE course_id = ? AND facilitator_id = ? AND deleted = 0').pluck().get(course.id, facilitator.id) as string | undefined;
    let recordId = existing;
    if (existing) {
      ctx.db
        .update(facilitatorCourseAttendance)
        .set({ ...changeStamp(ctx), hoursAttended: input.hoursAttended, completed: input.completed })
        .where(eq(facilitatorCourseAttendance.id, existing))
        .run();
    } else {
      const columns = newRecordColumns(ctx);
      recordId = columns.id;
      ctx.db.insert(facilitatorCourseAttendance).values({ ...columns, courseId: course.id, facilitatorId: facilitator.id, hoursAttended: input.hoursAttended, completed: input.completed }).run();
    }
    recordAudit(ctx, {
      action: 'levels.courseAttendance',
      recordTable: 'facilitator_course_attendance',
      recordId,
      detail: `${facilitator.fullName} en «${course.title}»: ${input.hoursAttended} h${input.completed ? ', completó' : ''}`,
    });
  });
  return facilitatorsView(ctx);
}

export function addSupervisionVisit(ctx: AppContext, input: z.output<typeof supervisionVisitSchema>): FacilitatorsView {
  const site = requireAboveRed(ctx);
  notAfterToday(ctx, 'visitDate', input.visitDate);
  checkFacilityCode(ctx, 'facilityCode', input.facilityCode, site.kind === 'region' ? site.region : null);
  if (input.facilitatorId !== null && storedFacilitators(ctx, input.facilitatorId).length === 0) throw fieldError('facilitatorId', t.visitFacilitatorUnknown);
  inTransaction(ctx, () => {
    const columns = newRecordColumns(ctx);
    ctx.db.insert(supervisionVisits).values({ ...columns, ...input }).run();
    recordAudit(ctx, { action: 'levels.supervisionVisit', recordTable: 'supervision_visits', recordId: columns.id, detail: `${input.facilityCode}, ${input.visitDate}` });
  });
  return facilitatorsView(ctx);
}
