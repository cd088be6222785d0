import type { HandlersFor } from '../ipc/handler-types';
import { printNatively, saveAsPdf } from './native-print-service';
import {
  printAnexo2,
  printCertificate,
  printDeclaration,
  printDeliveriesReport,
  printDesignatedStaff,
  printMonitoringReport,
  printPlan,
  printPrescriptionModel,
  printReceipt,
  printTrainingAttendance,
  printWeeklySheet,
  printWorkList,
  printGroupRoster,
  printHisMonth,
} from './print-service';

export const printingHandlers: HandlersFor<
  | 'print.anexo2'
  | 'print.weeklySheet'
  | 'print.prescription'
  | 'print.declaration'
  | 'print.deliveryReceipt'
  | 'print.deliveriesReport'
  | 'print.designatedStaff'
  | 'print.plan'
  | 'print.trainingAttendance'
  | 'print.trainingCertificate'
  | 'print.monitoringReport'
  | 'print.workList'
  | 'print.groupRoster'
  | 'print.hisMonth'
  | 'print.toPrinter'
  | 'print.savePdf'
> = {
  'print.anexo2': (ctx, input) => printAnexo2(ctx, input.groupId, input.sessionId),
  'print.weeklySheet': (ctx, input) => printWeeklySheet(ctx, input.weekStart || null),
  'print.prescription': (ctx, input) => printPrescriptionModel(ctx, input.prescriptionId),
  'print.declaration': (ctx, input) => printDeclaration(ctx, input.prescriptionId, input.draft),
  'print.deliveryReceipt': (ctx, input) => printReceipt(ctx, input.deliveryId),
  'print.workList': (ctx, input) => printWorkList(ctx, input.key),
  'print.groupRoster': (ctx, input) => printGroupRoster(ctx, input.groupId),
  'print.hisMonth': (ctx, input) => printHisMonth(ctx, input.year, input.month),
  'print.deliveriesReport': (ctx, input) => printDeliveriesReport(ctx, `${input.year}-${String(input.month).padStart(2, '0')}`),
  'print.designatedStaff': (ctx, input) => printDesignatedStaff(ctx, input.blank),
  'print.plan': (ctx, input) => printPlan(ctx, input.planId),
  'print.trainingAttendance': (ctx, input) => printTrainingAttendance(ctx, input.courseId),
  'print.trainingCertificate': (ctx, input) => printCertificate(ctx, input.courseId, input.leadMotherId),
  'print.monitoringReport': (ctx, input) => printMonitoringReport(ctx, input.year, input.half),
  'print.toPrinter': (ctx, input) => printNatively(ctx, input.url),
  'print.savePdf': (ctx, input) => saveAsPdf(ctx, input.url),
};
