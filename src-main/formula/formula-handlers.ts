import type { HandlersFor } from '../ipc/handler-types';
import { checkCoverage, createCaregiver, createInfant, getCaregiver, searchCaregivers } from './caregivers-service';
import { pendingDocuments, saveAdmissions } from './admissions-service';
import { lookUpBatchRow, saveBatchDeliveries } from './batch-service';
import { importCoverageList } from './coverage-service';
import { createDelivery, infantPrescriptions, prescriptionStatus, voidDelivery } from './deliveries-service';
import { exportRecords, exportRecordsXlsx, listRecords } from './lists-service';
import { setPrescriptionState } from './prescription-state-service';
import { setProtocol } from './protocol-service';
import { createPrescription } from './prescriptions-service';
import { reasonsHere, saveReason } from './reasons-service';
import { receiveStock, stockSummary, setStockTracking } from './stock-service';
import { auditClinicalViews } from './clinical';

export const formulaHandlers: HandlersFor<
  | 'formula.searchCaregivers'
  | 'formula.getCaregiver'
  | 'formula.checkCoverage'
  | 'formula.createCaregiver'
  | 'formula.createInfant'
  | 'formula.importCoverage'
  | 'formula.createPrescription'
  | 'formula.prescriptionStatus'
  | 'formula.createDelivery'
  | 'formula.voidDelivery'
  | 'formula.setPrescriptionState'
  | 'formula.setProtocol'
  | 'formula.infantPrescriptions'
  | 'formula.stock'
  | 'formula.setStockTracking'
  | 'formula.reasons'
  | 'formula.saveReason'
  | 'formula.receiveStock'
  | 'formula.batchDeliveries'
  | 'formula.batchLookup'
  | 'formula.batchAdmissions'
  | 'formula.pendingDocuments'
  | 'formula.list'
  | 'formula.exportList'
  | 'formula.exportListXlsx'
> = {
  'formula.searchCaregivers': (ctx, input) => searchCaregivers(ctx, input.query),
  'formula.getCaregiver': (ctx, input) => getCaregiver(ctx, input.id),
  'formula.checkCoverage': (ctx, input) => checkCoverage(ctx, input.nationalId),
  'formula.createCaregiver': (ctx, input) => createCaregiver(ctx, input),
  'formula.createInfant': (ctx, input) => createInfant(ctx, input),
  'formula.importCoverage': (ctx, input) => importCoverageList(ctx, input),
  'formula.createPrescription': (ctx, input) => createPrescription(ctx, input),
  'formula.prescriptionStatus': (ctx, input) => {
    const status = prescriptionStatus(ctx, input.id);
    auditClinicalViews(ctx, [status.id]);
    return status;
  },
  'formula.createDelivery': (ctx, input) => createDelivery(ctx, input),
  'formula.voidDelivery': (ctx, input) => voidDelivery(ctx, input),
  'formula.setPrescriptionState': (ctx, input) => setPrescriptionState(ctx, input),
  'formula.setProtocol': (ctx, input) => setProtocol(ctx, input),
  'formula.infantPrescriptions': (ctx, input) => {
    const list = infantPrescriptions(ctx, input.infantId);
    auditClinicalViews(ctx, list.map((p) => p.id));
    return list;
  },
  'formula.stock': (ctx) => stockSummary(ctx),
  'formula.setStockTracking': (ctx, input) => setStockTracking(ctx, input.tracked),
  'formula.reasons': (ctx) => reasonsHere(ctx),
  'formula.saveReason': (ctx, input) => saveReason(ctx, input),
  'formula.receiveStock': (ctx, input) => receiveStock(ctx, input),
  'formula.batchDeliveries': (ctx, input) => saveBatchDeliveries(ctx, input.rows),
  'formula.batchAdmissions': (ctx, input) => saveAdmissions(ctx, input.rows),
  'formula.pendingDocuments': (ctx) => pendingDocuments(ctx),
  'formula.list': (ctx, input) => listRecords(ctx, input),
  'formula.exportList': (ctx, input) => exportRecords(ctx, input),
  'formula.exportListXlsx': (ctx, input) => exportRecordsXlsx(ctx, input),
  'formula.batchLookup': (ctx, input) => lookUpBatchRow(ctx, input.nationalId, input.deliveryDate),
};
