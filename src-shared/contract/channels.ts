import { z } from 'zod';
import type { StockSummary } from '../formula/stock';
import '../common/validation';
import {
  batchDeliveriesSchema,
  prescriptionStateSchema,
  batchLookupSchema,
  isoDateSchema,
  caregiverSearchSchema,
  coverageCheckSchema,
  coverageImportSchema,
  newCaregiverSchema,
  newDeliverySchema,
  newInfantSchema,
  newPrescriptionSchema,
  reasonChangeSchema,
  stockReceiptSchema,
  voidDeliverySchema,
} from '../formula/schemas';
import type { ListedReason } from '../formula/reasons';
import { backupIdSchema, secondFolderSchema, type BackupsView } from '../backup/types';
import { editFormSchema, editSchema, mergeSchema } from '../records/schemas';
import { declarationPrintSchema } from '../printing/schemas';
import type { EditForm, MergeResult } from '../records/types';
import { protocolSchema } from '../formula/protocol';
import { admissionsSchema, type AdmissionResult, type PendingDocument } from '../formula/admissions';
import { publisherKeySchema, updateFolderSchema, updateInstallSchema, type PublisherKeyInfo, type UpdateCheck } from '../update/types';
import type { Settings } from '../settings/schemas';
import { settingsSchema } from '../settings/schemas';
import { auditQuerySchema } from '../audit/schemas';
import { recordHistorySchema } from '../audit/history';
import { listQuerySchema, type ListExport, type ListPage, type ListWorkbook } from '../formula/lists';
import { changePasswordSchema, emptySchema, loginSchema, unlockSchema, recoverSchema } from '../session/schemas';
import { setupSchema } from '../setup/schemas';
import { newUserSchema, resetPasswordSchema, setActiveSchema, userRefSchema } from '../users/schemas';
import { channel } from './define';
import { dhis2ExportSchema, dhis2PushSchema, dhis2ServerSchema, mappingImportSchema } from '../dhis2/schemas';
import type { Dhis2Export, Dhis2PushResult, Dhis2ServerInfo, MappingImportSummary, MappingView } from '../dhis2/types';
import {
  birthCohortSchema,
  consolidatedExportSchema,
  courseAttendanceSchema,
  formulaProgramExportSchema,
  yearSchema,
  facilitatorActiveSchema,
  facilitatorCourseSchema,
  facilitatorSchema,
  facilitatorTrainingSchema,
  registryImportSchema,
  registrySearchSchema,
  supervisionVisitSchema,
} from '../levels/schemas';
import type { FormulaProgramView } from '../levels/formula-program';
import type { DirectoryView, FacilitatorsView, RegistryFacilityRow, RegistryImportSummary, RegistryView } from '../levels/types';
import type { PrintedDocument, SavedPdf } from '../printing/types';
import { printedUrlSchema } from '../printing/schemas';
import { ackSchema, correctionSchema, enrolSiteSchema, importBundlesSchema, type ConflictRow, type ConsolidatedView, type CorrectionForm, type DataQuality, type EnrolmentPreview, type ExportJobState, type ExportStarted, type ImportJobState, type ImportStarted, type SyncFile, type SyncOverview } from '../sync/types';
import type { FacilityIndicators, Period } from '../groups/indicators';
import {
  enrolSchema,
  indicatorsQuerySchema,
  leadMotherStatusSchema,
  makeUpSessionSchema,
  memberLeftSchema,
  newCourseSchema,
  newGroupSchema,
  newLeadMotherSchema,
  newMemberSchema,
  recognitionSchema,
  sessionRecordSchema,
  trainingAttendanceSchema,
} from '../groups/schemas';
import type {
  Coordination,
  CourseDetail,
  CourseSummary,
  FollowUps,
  GroupDetail,
  GroupSummary,
  HisCodeRow,
  LeadMotherSummary,
  MonthlyActivity,
  PlanView,
  SessionSaved,
} from '../groups/types';
import {
  designatedStaffSchema,
  endDesignationSchema,
  hisCodeSchema,
  keyActorSchema,
  minutesEntrySchema,
  monthSchema,
  planSaveSchema,
  planStatusSchema,
} from '../groups/coordination-schemas';
import { draftKeySchema, draftPutSchema, type Draft } from '../drafts/schemas';
import { workListQuerySchema, workWindowsSchema, type HomeWork, type WorkList } from '../home/work-lists';
import type { WorkWindows } from '../home/work-rules';
import { assignFromInboxSchema, contentSchema, recordRefSchema, uploadSchema } from '../attachments/schemas';
import type {
  AppStatus,
  AttachmentContent,
  AuditEntry,
  AuditPage,
  BatchLookup,
  BatchRowResult,
  CaregiverSummary,
  CoverageCheck,
  CoverageImportSummary,
  PrescriptionStatus,
  RecordAttachments,
  ScanInbox,
  SessionInfo,
  UserRow,
} from './types';

/**
 * The one contract between renderer and main: channel → input schema → output type → who may call it.
 * Main registers a handler for every entry (the handler table is typed against this object), the preload
 * and the browser-mode bridge expose only these channels.
 */
export const contract = {
  'app.status': channel<AppStatus>()({ input: emptySchema, access: 'public' }),
  'setup.complete': channel<SessionInfo>()({ input: setupSchema, access: 'public' }),
  'setup.recoveryKeyKept': channel<null>()({ input: emptySchema, access: 'signedIn' }),

  'session.login': channel<SessionInfo>()({ input: loginSchema, access: 'public' }),
  'session.recover': channel<SessionInfo>()({ input: recoverSchema, access: 'public' }),
  'session.logout': channel<null>()({ input: emptySchema, access: 'signedIn' }),
  'session.lock': channel<null>()({ input: emptySchema, access: 'signedIn' }),
  'session.unlock': channel<SessionInfo>()({ input: unlockSchema, access: 'signedIn' }),
  'session.activity': channel<null>()({ input: emptySchema, access: 'session' }),
  'session.changePassword': channel<SessionInfo>()({ input: changePasswordSchema, access: 'signedIn' }),

  'users.list': channel<readonly UserRow[]>()({ input: emptySchema, access: 'users.manage' }),
  'users.create': channel<UserRow>()({ input: newUserSchema, access: 'users.manage' }),
  'users.setActive': channel<UserRow>()({ input: setActiveSchema, access: 'users.manage' }),
  'users.resetPassword': channel<UserRow>()({ input: resetPasswordSchema, access: 'users.manage' }),
  'users.delete': channel<null>()({ input: userRefSchema, access: 'users.manage' }),

  'audit.list': channel<AuditPage>()({ input: auditQuerySchema, access: 'audit.read' }),
  // Access depends on the record's table: checked in the handler against HISTORY_TABLES.
  'audit.recordHistory': channel<readonly AuditEntry[]>()({ input: recordHistorySchema, access: 'session' }),

  'settings.get': channel<Settings>()({ input: emptySchema, access: 'session' }),
  'settings.update': channel<Settings>()({ input: settingsSchema, access: 'settings.manage' }),
  'settings.registrarClinical': channel<boolean>()({ input: emptySchema, access: 'settings.manage' }),
  'settings.setRegistrarClinical': channel<boolean>()({ input: z.object({ on: z.boolean() }), access: 'settings.manage' }),
  'backups.list': channel<BackupsView>()({ input: emptySchema, access: 'settings.manage' }),
  'backups.take': channel<BackupsView & { readonly warnings: readonly string[] }>()({ input: emptySchema, access: 'settings.manage' }),
  'backups.restore': channel<{ readonly takenAt: number }>()({ input: backupIdSchema, access: 'settings.manage' }),
  'backups.setSecondFolder': channel<BackupsView>()({ input: secondFolderSchema, access: 'settings.manage' }),
  'update.check': channel<UpdateCheck>()({ input: updateFolderSchema, access: 'settings.manage' }),
  'update.install': channel<{ readonly version: string }>()({ input: updateInstallSchema, access: 'settings.manage' }),
  'update.publisherKey': channel<PublisherKeyInfo>()({ input: emptySchema, access: 'settings.manage' }),
  'update.setPublisherKey': channel<PublisherKeyInfo>()({ input: publisherKeySchema, access: 'settings.manage' }),

  // Attachments: the record type decides who may see or add documents (checked in main).
  'attachments.list': channel<RecordAttachments>()({ input: recordRefSchema, access: 'session' }),
  'attachments.upload': channel<RecordAttachments>()({ input: uploadSchema, access: 'session' }),
  'attachments.content': channel<AttachmentContent>()({ input: contentSchema, access: 'session' }),
  'attachments.inbox': channel<ScanInbox>()({ input: emptySchema, access: 'session' }),
  'attachments.assignFromInbox': channel<RecordAttachments>()({ input: assignFromInboxSchema, access: 'session' }),

  'formula.searchCaregivers': channel<readonly CaregiverSummary[]>()({ input: caregiverSearchSchema, access: 'formula.read' }),
  'formula.getCaregiver': channel<CaregiverSummary>()({ input: z.object({ id: z.uuid() }), access: 'formula.read' }),
  'formula.checkCoverage': channel<CoverageCheck>()({ input: coverageCheckSchema, access: 'formula.write' }),
  'formula.createCaregiver': channel<CaregiverSummary>()({ input: newCaregiverSchema, access: 'formula.write' }),
  'formula.createInfant': channel<CaregiverSummary>()({ input: newInfantSchema, access: 'formula.write' }),
  'formula.importCoverage': channel<CoverageImportSummary>()({ input: coverageImportSchema, access: 'coverage.import' }),
  'formula.createPrescription': channel<PrescriptionStatus>()({ input: newPrescriptionSchema, access: 'formula.write' }),
  'formula.prescriptionStatus': channel<PrescriptionStatus>()({ input: z.object({ id: z.uuid() }), access: 'formula.read' }),
  'formula.createDelivery': channel<PrescriptionStatus>()({ input: newDeliverySchema, access: 'formula.write' }),
  'formula.voidDelivery': channel<PrescriptionStatus>()({ input: voidDeliverySchema, access: 'formula.write' }),
  'formula.setProtocol': channel<PrescriptionStatus>()({ input: protocolSchema, access: 'formula.write' }),
  'formula.setPrescriptionState': channel<PrescriptionStatus>()({ input: prescriptionStateSchema, access: 'formula.write' }),
  'formula.batchDeliveries': channel<readonly BatchRowResult[]>()({ input: batchDeliveriesSchema, access: 'formula.write' }),
  'formula.batchAdmissions': channel<readonly AdmissionResult[]>()({ input: admissionsSchema, access: 'formula.write' }),
  'formula.pendingDocuments': channel<readonly PendingDocument[]>()({ input: emptySchema, access: 'formula.read' }),
  'formula.batchLookup': channel<BatchLookup>()({ input: batchLookupSchema, access: 'formula.write' }),
  'formula.list': channel<ListPage>()({ input: listQuerySchema, access: 'formula.read' }),
  'formula.exportList': channel<ListExport>()({ input: listQuerySchema, access: 'formula.read' }),
  'formula.exportListXlsx': channel<ListWorkbook>()({ input: listQuerySchema, access: 'formula.read' }),
  'formula.stock': channel<StockSummary>()({ input: emptySchema, access: 'formula.read' }),
  'formula.reasons': channel<readonly ListedReason[]>()({ input: emptySchema, access: 'session' }),
  'formula.saveReason': channel<readonly ListedReason[]>()({ input: reasonChangeSchema, access: 'reasons.manage' }),
  'formula.receiveStock': channel<StockSummary>()({ input: stockReceiptSchema, access: 'formula.write' }),
  'formula.setStockTracking': channel<StockSummary>()({ input: z.object({ tracked: z.boolean() }), access: 'formula.write' }),
  'formula.infantPrescriptions': channel<readonly PrescriptionStatus[]>()({
    input: z.object({ infantId: z.uuid() }),
    access: 'formula.read',
  }),
  'groups.leadMothers': channel<readonly LeadMotherSummary[]>()({ input: emptySchema, access: 'groups.read' }),
  'groups.createLeadMother': channel<LeadMotherSummary>()({ input: newLeadMotherSchema, access: 'groups.write' }),
  'groups.setLeadMotherStatus': channel<LeadMotherSummary>()({ input: leadMotherStatusSchema, access: 'groups.write' }),
  'groups.addRecognition': channel<LeadMotherSummary>()({ input: recognitionSchema, access: 'groups.write' }),
  'groups.courses': channel<readonly CourseSummary[]>()({ input: emptySchema, access: 'groups.read' }),
  'groups.course': channel<CourseDetail>()({ input: z.object({ id: z.uuid() }), access: 'groups.read' }),
  'groups.createCourse': channel<CourseDetail>()({ input: newCourseSchema, access: 'groups.write' }),
  'groups.enrol': channel<CourseDetail>()({ input: enrolSchema, access: 'groups.write' }),
  'groups.addMakeUpSession': channel<CourseDetail>()({ input: makeUpSessionSchema, access: 'groups.write' }),
  'groups.trainingAttendance': channel<CourseDetail>()({ input: trainingAttendanceSchema, access: 'groups.write' }),
  'groups.list': channel<readonly GroupSummary[]>()({ input: emptySchema, access: 'groups.read' }),
  'groups.detail': channel<GroupDetail>()({ input: z.object({ id: z.uuid() }), access: 'groups.read' }),
  'groups.create': channel<GroupDetail>()({ input: newGroupSchema, access: 'groups.write' }),
  'groups.addMember': channel<GroupDetail>()({ input: newMemberSchema, access: 'groups.write' }),
  'groups.memberLeft': channel<GroupDetail>()({ input: memberLeftSchema, access: 'groups.write' }),
  'groups.recordSession': channel<SessionSaved>()({ input: sessionRecordSchema, access: 'groups.write' }),
  'groups.followUps': channel<FollowUps>()({ input: emptySchema, access: 'groups.read' }),
  'groups.indicators': channel<FacilityIndicators & { readonly period: Period }>()({ input: indicatorsQuerySchema, access: 'groups.read' }),
  'groups.coordination': channel<Coordination>()({ input: emptySchema, access: 'groups.read' }),
  'groups.designateStaff': channel<Coordination>()({ input: designatedStaffSchema, access: 'groups.write' }),
  'groups.endDesignation': channel<Coordination>()({ input: endDesignationSchema, access: 'groups.write' }),
  'groups.addKeyActor': channel<Coordination>()({ input: keyActorSchema, access: 'groups.write' }),
  'groups.addMinutes': channel<Coordination>()({ input: minutesEntrySchema, access: 'groups.write' }),
  'groups.plans': channel<readonly PlanView[]>()({ input: emptySchema, access: 'groups.read' }),
  'groups.savePlan': channel<PlanView>()({ input: planSaveSchema, access: 'groups.write' }),
  'groups.setPlanStatus': channel<PlanView>()({ input: planStatusSchema, access: 'groups.write' }),
  'groups.newPlanVersion': channel<PlanView>()({ input: z.object({ planId: z.uuid() }), access: 'groups.write' }),
  'groups.hisCodes': channel<readonly HisCodeRow[]>()({ input: emptySchema, access: 'groups.read' }),
  // The code table is the admin's (GT §6.3 gives no codes).
  'groups.saveHisCode': channel<readonly HisCodeRow[]>()({ input: hisCodeSchema, access: 'his.codes' }),
  'groups.deleteHisCode': channel<readonly HisCodeRow[]>()({ input: z.object({ id: z.uuid() }), access: 'his.codes' }),
  'groups.monthlyActivities': channel<readonly MonthlyActivity[]>()({ input: monthSchema, access: 'groups.read' }),
  'groups.exportHisMonth': channel<ListExport>()({ input: monthSchema, access: 'groups.read' }),
  // Blank when no group is given; the group's next planned session (or none) when no session is given.
  'print.anexo2': channel<PrintedDocument>()({ input: z.object({ groupId: z.uuid().nullable(), sessionId: z.uuid().nullable() }), access: 'groups.read' }),
  // The week's Monday prints its dates; an empty one prints a sheet without dates.
  'print.weeklySheet': channel<PrintedDocument>()({ input: z.object({ weekStart: z.union([z.literal(''), isoDateSchema]) }), access: 'formula.read' }),
  // Each form: filled from its record, or blank when the record is null.
  'print.prescription': channel<PrintedDocument>()({ input: z.object({ prescriptionId: z.uuid().nullable() }), access: 'formula.read' }),
  'print.declaration': channel<PrintedDocument>()({ input: declarationPrintSchema, access: 'formula.read' }),
  'print.deliveryReceipt': channel<PrintedDocument>()({ input: z.object({ deliveryId: z.uuid().nullable() }), access: 'formula.read' }),
  'print.deliveriesReport': channel<PrintedDocument>()({ input: monthSchema, access: 'formula.read' }),
  'print.designatedStaff': channel<PrintedDocument>()({ input: z.object({ blank: z.boolean() }), access: 'groups.read' }),
  'print.plan': channel<PrintedDocument>()({ input: z.object({ planId: z.uuid().nullable() }), access: 'groups.read' }),
  'print.trainingAttendance': channel<PrintedDocument>()({ input: z.object({ courseId: z.uuid().nullable() }), access: 'groups.read' }),
  'print.trainingCertificate': channel<PrintedDocument>()({
    input: z.object({ courseId: z.uuid().nullable(), leadMotherId: z.uuid().nullable() }),
    access: 'groups.read',
  }),
  'print.monitoringReport': channel<PrintedDocument>()({ input: indicatorsQuerySchema, access: 'groups.read' }),
  // The lists of the signed-in role only: main refuses another role's list.
  'print.workList': channel<PrintedDocument>()({ input: workListQuerySchema, access: 'session' }),
  'print.groupRoster': channel<PrintedDocument>()({ input: z.object({ groupId: z.uuid() }), access: 'groups.read' }),
  'print.hisMonth': channel<PrintedDocument>()({ input: monthSchema, access: 'groups.read' }),
  'home.work': channel<HomeWork>()({ input: emptySchema, access: 'session' }),
  'home.list': channel<WorkList>()({ input: workListQuerySchema, access: 'session' }),
  'home.exportList': channel<ListExport>()({ input: workListQuerySchema, access: 'session' }),
  'home.exportListXlsx': channel<ListWorkbook>()({ input: workListQuerySchema, access: 'session' }),
  'home.windows': channel<WorkWindows>()({ input: emptySchema, access: 'session' }),
  'home.saveWindows': channel<WorkWindows>()({ input: workWindowsSchema, access: 'settings.manage' }),
  // The previewed document (its `print/<token>` address) to the printer or to a PDF file: desktop app only.
  'print.toPrinter': channel<{ readonly printed: boolean }>()({ input: printedUrlSchema, access: 'session' }),
  'print.savePdf': channel<SavedPdf>()({ input: printedUrlSchema, access: 'session' }),
  'sync.overview': channel<SyncOverview>()({ input: emptySchema, access: 'sync.export' }),
  'sync.enrolmentFile': channel<SyncFile & { readonly fingerprint: string }>()({ input: emptySchema, access: 'sync.export' }),
  'sync.previewEnrolment': channel<EnrolmentPreview>()({ input: z.object({ dataBase64: z.string().max(100_000) }), access: 'sync.export' }),
  'sync.enrol': channel<EnrolmentPreview & { readonly alreadyEnrolled: boolean; readonly replaced: boolean }>()({ input: enrolSiteSchema, access: 'sync.export' }),
  /** Starts writing the bundle up to a file, in steps; `sync.exportProgress` follows it (issue 19). */
  'sync.exportBundle': channel<ExportStarted>()({ input: emptySchema, access: 'sync.export' }),
  'sync.exportProgress': channel<ExportJobState>()({ input: z.object({ jobId: z.uuid() }), access: 'sync.export' }),
  /** Starts checking (dry run) or importing bundles, in steps; `sync.importProgress` follows it (issue 19). */
  'sync.importBundles': channel<ImportStarted>()({ input: importBundlesSchema, access: 'sync.import' }),
  'sync.importProgress': channel<ImportJobState>()({ input: z.object({ jobId: z.uuid() }), access: 'sync.import' }),
  'sync.ackFile': channel<SyncFile>()({ input: ackSchema, access: 'sync.import' }),
  'sync.consolidated': channel<ConsolidatedView>()({ input: indicatorsQuerySchema, access: 'sync.import' }),
  'sync.dataQuality': channel<DataQuality>()({ input: emptySchema, access: 'sync.import' }),
  'sync.exportDown': channel<ExportStarted>()({ input: ackSchema, access: 'sync.import' }),
  'sync.conflicts': channel<readonly ConflictRow[]>()({ input: emptySchema, access: 'sync.export' }),
  'sync.markReviewed': channel<readonly ConflictRow[]>()({ input: z.object({ id: z.number().int() }), access: 'sync.export' }),
  // DESIGN.md A.14: the jurisdiction's corrections user, at a microrred or red.
  'sync.setDeidentified': channel<SyncOverview>()({ input: z.object({ on: z.boolean() }), access: 'settings.manage' }),
  'sync.setHivDirection': channel<SyncOverview>()({ input: z.object({ on: z.boolean() }), access: 'settings.manage' }),
  // Each table says which permission edits it (src-shared/records/editable.ts); main checks it per record.
  // Issue 16: the registry and the facilitators of the regional and national levels.
  'levels.registry': channel<RegistryView>()({ input: emptySchema, access: 'sync.import' }),
  'levels.searchRegistry': channel<readonly RegistryFacilityRow[]>()({ input: registrySearchSchema, access: 'session' }),
  'levels.importRegistry': channel<RegistryImportSummary>()({ input: registryImportSchema, access: 'levels.manage' }),
  'levels.facilitators': channel<FacilitatorsView>()({ input: emptySchema, access: 'sync.import' }),
  'levels.registerFacilitator': channel<FacilitatorsView>()({ input: facilitatorSchema, access: 'levels.manage' }),
  'levels.addFacilitatorTraining': channel<FacilitatorsView>()({ input: facilitatorTrainingSchema, access: 'levels.manage' }),
  'levels.setFacilitatorActive': channel<FacilitatorsView>()({ input: facilitatorActiveSchema, access: 'levels.manage' }),
  'levels.createCourse': channel<FacilitatorsView>()({ input: facilitatorCourseSchema, access: 'levels.manage' }),
  'levels.setCourseAttendance': channel<FacilitatorsView>()({ input: courseAttendanceSchema, access: 'levels.manage' }),
  'levels.addSupervisionVisit': channel<FacilitatorsView>()({ input: supervisionVisitSchema, access: 'levels.manage' }),
  'levels.exportConsolidated': channel<ListExport>()({ input: consolidatedExportSchema, access: 'sync.import' }),
  'print.consolidated': channel<PrintedDocument>()({ input: indicatorsQuerySchema, access: 'sync.import' }),
  // The directory of groups: published by a region, printed by every site that received it.
  'levels.directory': channel<DirectoryView>()({ input: emptySchema, access: 'session' }),
  'levels.publishDirectory': channel<DirectoryView>()({ input: emptySchema, access: 'levels.manage' }),
  'levels.exportDirectory': channel<ListExport>()({ input: emptySchema, access: 'session' }),
  'print.directory': channel<PrintedDocument>()({ input: emptySchema, access: 'session' }),
  // The formula program at jurisdiction and national level (seed 004).
  'levels.formulaProgram': channel<FormulaProgramView>()({ input: yearSchema, access: 'sync.import' }),
  'levels.saveBirthCohort': channel<FormulaProgramView>()({ input: birthCohortSchema, access: 'levels.manage' }),
  'levels.exportFormulaProgram': channel<ListExport>()({ input: formulaProgramExportSchema, access: 'sync.import' }),
  'print.formulaProgram': channel<PrintedDocument>()({ input: yearSchema, access: 'sync.import' }),
  // Issue 20: the bridge to DHIS2 (mapping as reference data, file export, push with a dry run first).
  'dhis2.mapping': channel<MappingView>()({ input: emptySchema, access: 'sync.import' }),
  'dhis2.importMapping': channel<MappingImportSummary>()({ input: mappingImportSchema, access: 'levels.manage' }),
  'dhis2.exportMapping': channel<ListExport>()({ input: emptySchema, access: 'sync.import' }),
  'dhis2.export': channel<Dhis2Export>()({ input: dhis2ExportSchema, access: 'sync.import' }),
  'dhis2.push': channel<Dhis2PushResult>()({ input: dhis2PushSchema, access: 'levels.manage' }),
  'dhis2.server': channel<Dhis2ServerInfo>()({ input: emptySchema, access: 'settings.manage' }),
  'dhis2.saveServer': channel<Dhis2ServerInfo>()({ input: dhis2ServerSchema, access: 'settings.manage' }),
  'records.editForm': channel<EditForm>()({ input: editFormSchema, access: 'session' }),
  'records.edit': channel<EditForm>()({ input: editSchema, access: 'session' }),
  'records.merge': channel<MergeResult>()({ input: mergeSchema, access: 'users.manage' }),
  'sync.correctionForm': channel<CorrectionForm>()({ input: z.object({ table: z.string().min(1).max(64), id: z.string().min(1).max(100) }), access: 'records.correct' }),
  'sync.correct': channel<{ readonly hlc: string }>()({ input: correctionSchema, access: 'records.correct' }),
  'drafts.get': channel<Draft | null>()({ input: draftKeySchema, access: 'session' }),
  // Allowed while locked: what was typed just before the lock must still reach the disk.
  'drafts.put': channel<null>()({ input: draftPutSchema, access: 'signedIn' }),
  'drafts.clear': channel<null>()({ input: draftKeySchema, access: 'session' }),
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
