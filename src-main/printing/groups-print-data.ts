import { printText } from '../../src-shared/printing/text';
import type { CertificateData, TrainingAttendanceData } from '../../src-shared/printing/training-forms';
import type { DesignatedStaffData } from '../../src-shared/printing/designated-staff';
import type { MonitoringReportData } from '../../src-shared/printing/monitoring-report';
import type { PlanPrintData } from '../../src-shared/printing/implementation-plan';
import { groupsText } from '../../src-shared/groups/text';
import type { AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { todayIso } from '../app/today';
import { listGroups } from '../groups/groups-service';
import { followUps, indicators } from '../groups/monitoring-service';
import { listPlans } from '../groups/plan-service';
import { courseDetail } from '../groups/training-service';
import { localSite } from '../site/site-service';
import { siteHeader } from './formula-print-data';

/**
 * The staff designated on today's date (a designation that ended is no longer sent). At a microrred or
 * red the list is the consolidated one (GT §5.3.1.3): every facility's staff, with its facility.
 */
export function designatedStaffData(ctx: AppContext, blank: boolean): DesignatedStaffData {
  const site = localSite(ctx);
  const header = { name: site?.name ?? '', microNetwork: site?.microNetwork ?? '', network: site?.network ?? '', region: site?.region ?? '' };
  const consolidated = site !== null && site.kind !== 'facility';
  if (blank) return { site: header, date: null, staff: [], consolidated };
  const today = todayIso(ctx);
  const staff = (
    ctx.sqlite
      .prepare(
        `SELECT ds.full_name AS fullName, ds.profession, ds.role, ds.designated_on AS designatedOn, ds.document, COALESCE(s.name, '') AS facility
           FROM designated_staff ds LEFT JOIN sites s ON s.id = ds.owner_site_id
          WHERE ds.deleted = 0 AND ds.designated_on <= ? AND (ds.ended_on IS NULL OR ds.ended_on >= ?)
          ORDER BY facility, ds.designated_on, ds.full_name`,
      )
      .all(today, today) as DesignatedStaffData['staff'][number][]
  ).map((s) => ({ ...s, role: s.role === 'committee' ? ('committee' as const) : ('designated' as const) }));
  return { site: header, date: today, staff, consolidated };
}

export function planPrintData(ctx: AppContext, planId: string | null): PlanPrintData {
  if (!planId) return { site: siteHeader(ctx), plan: null };
  const plan = listPlans(ctx).find((p) => p.id === planId);
  if (!plan) throw new AppError('NOT_FOUND', groupsText.errors.planNotFound);
  return { site: siteHeader(ctx), plan };
}

export function trainingAttendanceData(ctx: AppContext, courseId: string | null): TrainingAttendanceData {
  return { facility: localSite(ctx)?.name ?? '', course: courseId ? courseDetail(ctx, courseId) : null };
}

/** Printed only for a lead mother who attended every topic; each topic with the date she attended it. */
export function certificateData(ctx: AppContext, courseId: string | null, leadMotherId: string | null): CertificateData {
  const facility = localSite(ctx)?.name ?? '';
  const issuedOn = todayIso(ctx);
  if (!courseId || !leadMotherId) return { facility, issuedOn, leadMother: null, course: null, topics: [] };
  const course = courseDetail(ctx, courseId);
  const enrolled = course.enrolled.find((e) => e.leadMotherId === leadMotherId);
  if (!enrolled) throw new AppError('NOT_FOUND', printText.certificate.notEnrolled);
  if (!enrolled.completed) throw new AppError('CONFLICT', printText.certificate.notCompleted(enrolled.name, enrolled.hoursCompleted));
  const topics = course.sessions
    .filter((s) => !s.makeUp)
    .map((topic) => {
      const attended = course.sessions
        .filter((s) => s.topicNumber === topic.topicNumber && enrolled.marks[s.id] === true && s.sessionDate)
        .map((s) => s.sessionDate ?? '')
        .sort();
      return { number: topic.topicNumber, topic: topic.topic, hours: topic.hours, date: attended[0] ?? null };
    });
  return { facility, issuedOn, leadMother: enrolled.name, course: { name: course.name, place: course.place }, topics };
}

export function monitoringReportData(ctx: AppContext, year: number, half: 0 | 1 | 2): MonitoringReportData {
  return {
    site: siteHeader(ctx),
    year,
    half,
    printedAt: ctx.now(),
    indicators: indicators(ctx, half === 0 ? { kind: 'year', year } : { kind: 'semester', year, half }),
    groups: listGroups(ctx),
    followUps: followUps(ctx),
  };
}
