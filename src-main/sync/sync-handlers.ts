import type { HandlersFor } from '../ipc/handler-types';
import { readOffMain } from '../reads/read-client';
import { markReviewed, openConflicts } from './conflicts-service';
import { correctionForm, correctRecord } from './corrections-service';
import { exportJobState } from './export-jobs';
import { importJobState } from './import-jobs';
import { ackFile, enrol, enrolmentFile, importFiles, startExportDown, startExportUp, overview, previewEnrolment, setDeidentified, setHivDirection } from './sync-app-service';
import { dataQuality } from './data-quality-service';

export const syncHandlers: HandlersFor<
  | 'sync.overview'
  | 'sync.enrolmentFile'
  | 'sync.previewEnrolment'
  | 'sync.enrol'
  | 'sync.exportBundle'
  | 'sync.exportProgress'
  | 'sync.importBundles'
  | 'sync.importProgress'
  | 'sync.ackFile'
  | 'sync.consolidated'
  | 'sync.dataQuality'
  | 'sync.exportDown'
  | 'sync.conflicts'
  | 'sync.markReviewed'
  | 'sync.correctionForm'
  | 'sync.correct'
  | 'sync.setDeidentified'
  | 'sync.setHivDirection'
> = {
  'sync.overview': (ctx) => overview(ctx),
  'sync.enrolmentFile': (ctx) => enrolmentFile(ctx),
  'sync.previewEnrolment': (ctx, input) => previewEnrolment(ctx, input.dataBase64),
  'sync.enrol': (ctx, input) => {
    const result = enrol(ctx, input);
    return { code: result.site.code, name: result.site.name, kind: result.site.kind, fingerprint: result.fingerprint, relation: result.relation, alreadyEnrolled: result.alreadyEnrolled, replaced: result.replaced };
  },
  'sync.exportBundle': (ctx) => startExportUp(ctx),
  'sync.exportProgress': (ctx, input) => exportJobState(ctx, input.jobId),
  'sync.importBundles': (ctx, input) => importFiles(ctx, input.files, input.dryRun),
  'sync.importProgress': (ctx, input) => importJobState(ctx, input.jobId),
  'sync.ackFile': (ctx, input) => ackFile(ctx, input.siteCode),
  'sync.dataQuality': (ctx) => dataQuality(ctx),
  'sync.consolidated': (ctx, input) => readOffMain(ctx, 'consolidated', input.half === 0 ? { kind: 'year', year: input.year } : { kind: 'semester', year: input.year, half: input.half }),
  'sync.exportDown': (ctx, input) => startExportDown(ctx, input.siteCode),
  'sync.conflicts': (ctx) => openConflicts(ctx),
  'sync.markReviewed': (ctx, input) => markReviewed(ctx, input.id),
  'sync.correctionForm': (ctx, input) => correctionForm(ctx, input.table, input.id),
  'sync.correct': (ctx, input) => correctRecord(ctx, input),
  'sync.setDeidentified': (ctx, input) => setDeidentified(ctx, input.on),
  'sync.setHivDirection': (ctx, input) => setHivDirection(ctx, input.on),
};
