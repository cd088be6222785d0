import { relationBetween, SITE_LEVEL } from '../../src-shared/site/countries';
import { categoriesFor } from '../../src-shared/sync/privacy';
import { syncUi } from '../../src-shared/sync/ui-text';
import { isHivDirection, ownReceiver, receiverOf } from './privacy-filter';
import { desc, eq } from 'drizzle-orm';
import type { EnrolmentPreview, ExportStarted, ImportStarted, SyncFile, SyncOverview } from '../../src-shared/sync/types';
import type { AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { keyFingerprint } from '../site/keys';
import { inTransaction } from '../app/context';
import { recordAudit } from '../audit/audit-service';
import { readStringSetting, SETTING_KEYS, writeSetting } from '../settings/local-settings';
import { exportAck } from './ack-service';
import { exportEnrolment, importEnrolment, readEnrolment, type EnrolmentResult } from './enrolment-service';
import { exportDownSteps, exportUpSteps } from './export-service';
import { startExportJob } from './export-jobs';
import { startImportJob } from './import-jobs';
import { bundlesFromUploads } from './parts';
import { localKeys } from './keys-of';
import { parentPeer } from './peers';
import { SyncRefusal } from './refusal';
import { syncImports, syncPeers } from './sync.schema';
import { syncStatus } from './status-service';

/** A refusal of a file becomes the contract's error, in Spanish. */
function refusing<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof SyncRefusal) throw new AppError('CONFLICT', error.message);
    throw error;
  }
}

const base64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');

export function overview(ctx: AppContext): SyncOverview {
  return refusing(() => {
    const { site } = localKeys(ctx);
    const status = syncStatus(ctx);
    const peers = ctx.db.select().from(syncPeers).all();
    const parent = peers.find((p) => p.relation === 'parent');
    const records = (code: string) => Object.values(status.sites.find((s) => s.code === code)?.tables ?? {}).reduce((n, c) => n + c, 0);
    const lastImport = (siteId: string) =>
      ctx.db.select({ at: syncImports.importedAt }).from(syncImports).where(eq(syncImports.senderSiteId, siteId)).orderBy(desc(syncImports.importedAt)).get()?.at ?? null;
    const own = ownReceiver(ctx);
    const toParent = parent ? receiverOf(ctx, parent) : null;
    return {
      deidentified: readStringSetting(ctx.db, SETTING_KEYS.deidentified) === 'true',
      privacy: {
        receives: own ? [...categoriesFor(own)] : null,
        parentReceives: toParent ? [...categoriesFor(toParent)] : null,
        hivDirection: isHivDirection(ctx),
        canBeHivDirection: SITE_LEVEL[site.kind] >= SITE_LEVEL.region,
      },
      site: { code: site.code, name: site.name, kind: site.kind, country: site.country, fingerprint: keyFingerprint(site.signingPublicKey) },
      parent: parent ? { code: parent.code, name: parent.name, fingerprint: keyFingerprint(parent.signingPublicKey), unacknowledged: status.sites[0]?.unacknowledged ?? 0 } : null,
      children: peers
        .filter((p) => p.relation === 'child')
        .map((p) => ({
          code: p.code,
          name: p.name,
          kind: p.kind,
          fingerprint: keyFingerprint(p.signingPublicKey),
          lastSequence: p.lastSequenceReceived,
          records: records(p.code),
          lastImportAt: lastImport(p.siteId),
        })),
    };
  });
}

export function enrolmentFile(ctx: AppContext): SyncFile & { readonly fingerprint: string } {
  const file = refusing(() => exportEnrolment(ctx));
  return { fileName: `inscripcion-${file.code}.json`, dataBase64: base64(file.content), fingerprint: file.fingerprint };
}

export function previewEnrolment(ctx: AppContext, dataBase64: string): EnrolmentPreview {
  return refusing(() => {
    const { site: me } = localKeys(ctx);
    const { site, fingerprint } = readEnrolment(Buffer.from(dataBase64, 'base64'));
    return { code: site.code, name: site.name, kind: site.kind, fingerprint, relation: relationBetween(me.kind, site.kind) };
  });
}

/** A key is replaced only by the coordinator (the rule), and audited by the enrolment service. */
export function enrol(ctx: AppContext, input: { file: { dataBase64: string }; fingerprint: string; replaceKey: boolean }): EnrolmentResult {
  if (input.replaceKey && ctx.session.current?.role !== 'coordinator') throw new AppError('FORBIDDEN', 'Solo el coordinador puede reemplazar la clave de un sitio inscrito.');
  return refusing(() => importEnrolment(ctx, Buffer.from(input.file.dataBase64, 'base64'), input.fingerprint, { replaceKey: input.replaceKey }));
}

/** The bundle up, written to a file in steps (issue 19): the page follows it and then downloads it. */
export function startExportUp(ctx: AppContext): ExportStarted {
  const parent = refusing(() => parentPeer(ctx));
  return startExportJob(ctx, { direction: 'up', receiverName: parent.name }, (folder) => exportUpSteps(ctx, folder, 'offThread'));
}

/** Starts checking or importing the uploaded bundles in steps; `sync.importProgress` follows them. */
export function importFiles(ctx: AppContext, files: readonly { fileName: string; dataBase64: string }[], dryRun: boolean): ImportStarted {
  return startImportJob(ctx, bundlesFromUploads(files.map((f) => ({ name: f.fileName, bytes: Buffer.from(f.dataBase64, 'base64') }))), dryRun);
}

export function ackFile(ctx: AppContext, siteCode: string): SyncFile {
  const ack = refusing(() => exportAck(ctx, siteCode));
  return { fileName: ack.fileName, dataBase64: base64(ack.bytes) };
}

/** Corrections and reference data down to a child, the same way. */
export function startExportDown(ctx: AppContext, siteCode: string): ExportStarted {
  const child = ctx.db.select().from(syncPeers).where(eq(syncPeers.code, siteCode)).get();
  return startExportJob(ctx, { direction: 'down', receiverName: child?.name ?? siteCode }, (folder) => exportDownSteps(ctx, siteCode, folder, 'offThread'));
}

/** Any coordination site may ask to receive less than its level allows (never more: the sender decides that). */
export function setDeidentified(ctx: AppContext, on: boolean): SyncOverview {
  const { site } = refusing(() => localKeys(ctx));
  if (site.kind === 'facility') throw new AppError('VALIDATION', syncUi.deidentifiedOnlyCoordination);
  inTransaction(ctx, () => {
    writeSetting(ctx.db, SETTING_KEYS.deidentified, on ? 'true' : 'false');
    recordAudit(ctx, { action: 'settings.update', detail: on ? 'Recibir registros sin datos personales' : 'Recibir lo que permite el nivel' });
  });
  return overview(ctx);
}

/** A region or national site that is also the HIV direction: its next enrolment file says so to its children. */
export function setHivDirection(ctx: AppContext, on: boolean): SyncOverview {
  const { site } = refusing(() => localKeys(ctx));
  if (SITE_LEVEL[site.kind] < SITE_LEVEL.region) throw new AppError('VALIDATION', syncUi.hivDirectionOnlyTop);
  inTransaction(ctx, () => {
    writeSetting(ctx.db, SETTING_KEYS.hivDirection, on ? 'true' : 'false');
    recordAudit(ctx, { action: 'settings.update', detail: on ? 'Este sitio es la dirección de VIH' : 'Este sitio no es la dirección de VIH' });
  });
  return overview(ctx);
}
