import { anexo2Document } from '../../src-shared/printing/anexo2';
import { declarationDocument } from '../../src-shared/printing/counselling-declaration';
import { deliveriesReportDocument } from '../../src-shared/printing/deliveries-report';
import { receiptDocument } from '../../src-shared/printing/delivery-receipt';
import { designatedStaffDocument } from '../../src-shared/printing/designated-staff';
import { planDocument } from '../../src-shared/printing/implementation-plan';
import { monitoringReportDocument } from '../../src-shared/printing/monitoring-report';
import { titleOf } from '../../src-shared/printing/page';
import { prescriptionModelDocument } from '../../src-shared/printing/prescription-model';
import { certificateDocument, trainingAttendanceDocument } from '../../src-shared/printing/training-forms';
import { admissibleOnSheet } from '../../src-shared/formula/admissions';
import { reasonsHere } from '../formula/reasons-service';
import { workListDocument } from '../../src-shared/printing/work-list';
import { groupRosterDocument, hisMonthDocument } from '../../src-shared/printing/group-lists';
import { groupsUi } from '../../src-shared/groups/ui-text';
import { groupDetail } from '../groups/groups-service';
import { monthlyActivities } from '../groups/his-service';
import type { WorkListKey } from '../../src-shared/home/work-lists';
import { workList } from '../home/home-service';
import { weeklySheetDocument } from '../../src-shared/printing/weekly-sheet';
import type { PrintedDocument } from '../../src-shared/printing/types';
import { inTransaction, type AppContext } from '../app/context';
import { recordAudit } from '../audit/audit-service';
import { localSite } from '../site/site-service';
import { todayIso } from '../app/today';
import { anexo2Data } from './anexo2-data';
import { declarationData, deliveriesReportData, draftDeclarationData, prescriptionModelData, receiptData, type DeclarationDraft } from './formula-print-data';
import { certificateData, designatedStaffData, monitoringReportData, planPrintData, trainingAttendanceData } from './groups-print-data';
import { rememberPrinted } from './print-store';

type RecordRef = { readonly table: string; readonly id: string } | null;
const ref = (table: string, id: string | null): RecordRef => (id ? { table, id } : null);

/** Every printed form is written to the audit log: what, and for which record. */
function printed(ctx: AppContext, html: string, record: RecordRef): PrintedDocument {
  const title = titleOf(html);
  inTransaction(ctx, () => {
    recordAudit(ctx, { action: 'print.document', detail: title, ...(record ? { recordTable: record.table, recordId: record.id } : {}) });
  });
  return { title, html, url: rememberPrinted(ctx, html), native: ctx.nativePrinting !== null };
}

export function printAnexo2(ctx: AppContext, groupId: string | null, sessionId: string | null): PrintedDocument {
  return printed(ctx, anexo2Document(anexo2Data(ctx, groupId, sessionId)), ref('group_sessions', sessionId) ?? ref('support_groups', groupId));
}

export function printWeeklySheet(ctx: AppContext, weekStart: string | null): PrintedDocument {
  const site = localSite(ctx);
  const admissionReasons = reasonsHere(ctx)
    .filter((r) => r.active && admissibleOnSheet(r))
    .map((r) => r.label);
  return printed(ctx, weeklySheetDocument({ facility: site?.name ?? '', code: site?.code ?? '', weekStart, admissionReasons }), null);
}

export function printPrescriptionModel(ctx: AppContext, prescriptionId: string | null): PrintedDocument {
  return printed(ctx, prescriptionModelDocument(prescriptionModelData(ctx, prescriptionId)), ref('prescriptions', prescriptionId));
}

export function printDeclaration(ctx: AppContext, prescriptionId: string | null, draft: DeclarationDraft | null = null): PrintedDocument {
  const data = draft && !prescriptionId ? draftDeclarationData(ctx, draft) : declarationData(ctx, prescriptionId);
  return printed(ctx, declarationDocument(data), ref(draft && !prescriptionId ? 'infants' : 'prescriptions', draft && !prescriptionId ? draft.infantId : prescriptionId));
}

export function printReceipt(ctx: AppContext, deliveryId: string | null): PrintedDocument {
  return printed(ctx, receiptDocument(receiptData(ctx, deliveryId)), ref('deliveries', deliveryId));
}

export function printDeliveriesReport(ctx: AppContext, month: string): PrintedDocument {
  return printed(ctx, deliveriesReportDocument(deliveriesReportData(ctx, month)), null);
}

export function printDesignatedStaff(ctx: AppContext, blank: boolean): PrintedDocument {
  return printed(ctx, designatedStaffDocument(designatedStaffData(ctx, blank)), null);
}

export function printPlan(ctx: AppContext, planId: string | null): PrintedDocument {
  return printed(ctx, planDocument(planPrintData(ctx, planId)), ref('implementation_plans', planId));
}

export function printTrainingAttendance(ctx: AppContext, courseId: string | null): PrintedDocument {
  return printed(ctx, trainingAttendanceDocument(trainingAttendanceData(ctx, courseId)), ref('training_courses', courseId));
}

export function printCertificate(ctx: AppContext, courseId: string | null, leadMotherId: string | null): PrintedDocument {
  return printed(ctx, certificateDocument(certificateData(ctx, courseId, leadMotherId)), ref('lead_mothers', leadMotherId));
}

export function printMonitoringReport(ctx: AppContext, year: number, half: 0 | 1 | 2): PrintedDocument {
  return printed(ctx, monitoringReportDocument(monitoringReportData(ctx, year, half)), null);
}

/** A document built by its own domain, recorded and kept for the preview like every other. */
export function printHtml(ctx: AppContext, html: string): PrintedDocument {
  return printed(ctx, html, null);
}

export function printWorkList(ctx: AppContext, key: WorkListKey): PrintedDocument {
  const site = localSite(ctx);
  const list = workList(ctx, key);
  return printed(ctx, workListDocument({ site: { name: site?.name ?? '', code: site?.code ?? '', microNetwork: site?.microNetwork ?? '', network: site?.network ?? '' }, today: todayIso(ctx), list }), null);
}

function siteOf(ctx: AppContext) {
  const site = localSite(ctx);
  return { name: site?.name ?? '', code: site?.code ?? '', microNetwork: site?.microNetwork ?? '', network: site?.network ?? '' };
}

/** The group's current members, each with when she last attended a held session. */
export function printGroupRoster(ctx: AppContext, groupId: string): PrintedDocument {
  const group = groupDetail(ctx, groupId);
  const last = new Map(
    (
      ctx.sqlite
        .prepare(
          `SELECT a.member_id AS id, MAX(s.session_date) AS last FROM session_attendance a JOIN group_sessions s ON s.id = a.session_id
            WHERE s.group_id = ? AND s.status = 'held' AND s.deleted = 0 AND a.deleted = 0 AND a.present = 1 GROUP BY a.member_id`,
        )
        .all(groupId) as { id: string; last: string }[]
    ).map((r) => [r.id, r.last]),
  );
  const members = group.members
    .filter((m) => m.leftOn === null)
    .map((m) => ({ name: `${m.firstNames} ${m.lastNames}`, type: m.memberType, age: m.age, contact: [m.phone, m.address].filter(Boolean).join(' · '), joinedOn: m.joinedOn, lastAttended: last.get(m.id) ?? null }));
  const place = [group.place, group.meetingDay, group.meetingTime].filter(Boolean).join(' · ');
  return printed(ctx, groupRosterDocument({ site: siteOf(ctx), today: todayIso(ctx), group: group.name, place, leadMothers: group.leadMothers.map((m) => m.name).join(', '), members }), ref('support_groups', groupId));
}

export function printHisMonth(ctx: AppContext, year: number, month: number): PrintedDocument {
  const monthLabel = `${groupsUi.monitoring.monthNames[month - 1] ?? month} ${year}`;
  return printed(ctx, hisMonthDocument({ site: siteOf(ctx), monthLabel, activities: monthlyActivities(ctx, year, month) }), null);
}
