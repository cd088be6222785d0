import fs from 'node:fs';
import path from 'node:path';
import { cliText } from '../../src-shared/sync/cli-text';
import type { LactaRedMain } from '../app/create-app';
import { writeFileDurably } from '../app/durable-file';
import { backupNow } from '../backup/backup-service';
import { generateDemo } from '../demo/demo-data';
import { exportAck } from '../sync/ack-service';
import { exportEnrolment, importEnrolment } from '../sync/enrolment-service';
import { exportToChildFile, exportToParentFile } from '../sync/export-service';
import type { ExportProgress } from '../../src-shared/sync/types';
import type { Progress } from '../sync/import-service';
import { importManyWithWorker } from '../sync/import-many';
import { bundlesFromFiles, splitBundleFile } from '../sync/parts';
import { FileTooLarge, readBounded } from '../app/bounded-read';
import { SyncRefusal } from '../sync/refusal';
import { syncStatus } from '../sync/status-service';
import { ok, refused, summaryTable, type CliOutput } from './output';

export type Options = Readonly<Record<string, string | boolean | undefined>>;


export function refusalOutput(error: unknown, extra: Record<string, unknown> = {}): CliOutput {
  if (error instanceof SyncRefusal) return refused(error.code, error.message, extra);
  throw error;
}

export function enrolmentExport(main: LactaRedMain, out: string): CliOutput {
  const file = exportEnrolment(main.ctx);
  writeFileDurably(out, file.content);
  return ok({ fingerprint: file.fingerprint, file: path.resolve(out) }, cliText.enrolmentSaved(path.resolve(out), file.fingerprint));
}

/** An enrolment file is a few kilobytes: anything much larger is not one, and is not read. */
const MAX_ENROLMENT_BYTES = 1024 * 1024;

function readOrRefuse(file: string): Buffer | SyncRefusal {
  try {
    return readBounded(file, MAX_ENROLMENT_BYTES);
  } catch (error) {
    if (error instanceof FileTooLarge) return new SyncRefusal('NOT_AN_ENROLMENT', file);
    return new SyncRefusal('UNREADABLE', file);
  }
}

export function enrolmentImport(main: LactaRedMain, file: string, fingerprint: string, replaceKey: boolean): CliOutput {
  const bytes = readOrRefuse(file);
  if (bytes instanceof SyncRefusal) return refusalOutput(bytes);
  const result = importEnrolment(main.ctx, bytes, fingerprint, { replaceKey });
  return ok(
    { site: { code: result.site.code, name: result.site.name, type: result.site.kind }, relation: result.relation, fingerprint: result.fingerprint, alreadyEnrolled: result.alreadyEnrolled, replaced: result.replaced },
    cliText.enrolled(result.site.name, result.site.code, result.relation, result.alreadyEnrolled),
  );
}

/** Up to the parent, or (`--to CODE`, coordination sites) down to a child with the corrections made here. */
export function exportBundle(main: LactaRedMain, outDir: string, maxPartMb: number | null, toChild: string | null, onProgress?: (progress: ExportProgress) => void): CliOutput {
  fs.mkdirSync(outDir, { recursive: true });
  // Written straight to the folder (a USB stick), never whole in memory; then split for e-mail if asked.
  const bundle = toChild ? exportToChildFile(main.ctx, toChild, outDir, onProgress) : exportToParentFile(main.ctx, outDir, onProgress);
  const files = (maxPartMb ? splitBundleFile(bundle.file, Math.floor(maxPartMb * 1024 * 1024)) : [bundle.file]).map((f) => path.resolve(f));
  const records = Object.values(bundle.counts).reduce((n, c) => n + c, 0);
  return ok({ files, sequence: bundle.sequence, receiver: bundle.receiverCode, counts: bundle.counts, attachments: bundle.attachments, bytes: bundle.size }, cliText.exported(files, records, bundle.attachments));
}

/** `--progress`: a line each time the export moves on by a hundredth (records read, then scans written). */
export function exportProgressLines(write: (line: string) => void): (progress: ExportProgress) => void {
  let shown = -1;
  return (p) => {
    const total = p.recordsTotal + p.filesTotal;
    const hundredths = total === 0 ? 100 : Math.floor(((p.recordsDone + p.filesDone) * 100) / total);
    if (hundredths === shown) return;
    shown = hundredths;
    write(`${cliText.exportProgress(p.recordsDone, p.recordsTotal, p.filesDone, p.filesTotal)}\n`);
  };
}

/** Each bundle in its own transaction; the others still apply when one is refused. Exit 1 if any was refused. */
export async function importFiles(main: LactaRedMain, names: readonly string[], options: { dryRun: boolean; onProgress?: Progress }): Promise<CliOutput> {
  const outcome = await importManyWithWorker(main.ctx, bundlesFromFiles(names), options);
  const files = outcome.files.map((f) =>
    f.ok ? { file: f.fileName, ok: true, kind: f.kind, sender: f.senderCode, sequence: f.sequence, summary: f.summary } : { file: f.fileName, ok: false, error: f.error, message: f.message },
  );
  const lines = outcome.files.map((f) =>
    !f.ok
      ? cliText.refused(f.fileName, f.message ?? '')
      : f.kind === 'ack'
        ? cliText.ackImported(f.fileName, f.senderCode ?? '')
        : options.dryRun
          ? cliText.verified(f.fileName, f.senderCode ?? '', f.sequence ?? 0)
          : cliText.imported(f.fileName, f.senderCode ?? '', f.sequence ?? 0),
  );
  const text = [...lines, '', summaryTable(outcome.summary), ...(options.dryRun ? ['', cliText.dryRun] : [])].join('\n');
  const refusal = outcome.files.find((f) => !f.ok);
  if (refusal) return refused(refusal.error ?? 'CORRUPT', refusal.message ?? '', { summary: outcome.summary, files }, text);
  return ok({ summary: outcome.summary, files, dryRun: options.dryRun }, text);
}

export function ackFor(main: LactaRedMain, siteCode: string, out: string): CliOutput {
  const ack = exportAck(main.ctx, siteCode);
  writeFileDurably(out, ack.bytes);
  return ok({ file: path.resolve(out), acknowledges: ack.acknowledges }, cliText.ackSaved(path.resolve(out)));
}

export function status(main: LactaRedMain): CliOutput {
  const s = syncStatus(main.ctx);
  const lines = [cliText.statusHeader(s.site.code, s.site.type)];
  for (const site of s.sites) {
    const records = Object.values(site.tables).reduce((n, c) => n + c, 0);
    lines.push(cliText.statusLine(site.code, site.name, records, site.lastSequence, site.unacknowledged));
  }
  return ok({ site: s.site, sites: s.sites.map(({ code, name, relation, tables, lastSequence, unacknowledged }) => ({ code, name, relation, tables, lastSequence, unacknowledged })) }, lines.join('\n'));
}


export function demo(main: LactaRedMain, months: number, scale: number): CliOutput {
  const counts = generateDemo(main.ctx, { months, scale });
  return ok({ counts }, cliText.demoDone(counts.caregivers, counts.deliveries, counts.groups, counts.attendance, counts.scans));
}

/** A verified backup now (IT staff, scripts), rotated like the app's; warnings do not fail it. */
export async function backupFromCli(main: LactaRedMain, secondFolder: string | null): Promise<CliOutput> {
  const taken = await backupNow(main.ctx, 'manual', secondFolder ?? undefined);
  return ok({ backup: taken.manifest, warnings: taken.warnings }, [cliText.backupDone(taken.manifest.id, taken.manifest.bytes), ...taken.warnings].join('\n'));
}
