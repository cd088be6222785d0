import crypto from 'node:crypto';
import type { z } from 'zod';
import { buildPayload, payloadCsv, type BuiltPayload } from '../../src-shared/dhis2/payload';
import { parseDhis2Period } from '../../src-shared/dhis2/periods';
import type { dhis2ServerSchema } from '../../src-shared/dhis2/schemas';
import { readImportSummary, type ImportSummary } from '../../src-shared/dhis2/summary';
import { dhis2Text } from '../../src-shared/dhis2/text';
import type { Dhis2Export, Dhis2PushResult, Dhis2ServerInfo } from '../../src-shared/dhis2/types';
import { inTransaction, type AppContext, type ReadContext } from '../app/context';
import { AppError, fieldError } from '../app/errors';
import { recordAudit } from '../audit/audit-service';
import { readOffMain } from '../reads/read-client';
import { readStringSetting, SETTING_KEYS, writeSetting } from '../settings/local-settings';
import { localSite } from '../site/site-service';
import { collectFigures } from './figures-service';
import { mappingInForce } from './mapping-service';

const t = dhis2Text.errors;

/** The payload of a period, from the figures held here and the mapping in force. */
export function dhis2Payload(ctx: ReadContext, periodText: string): BuiltPayload {
  const site = localSite(ctx);
  if (site?.kind !== 'region' && site?.kind !== 'national') throw new AppError('FORBIDDEN', t.onlyAboveRed);
  const period = parseDhis2Period(periodText);
  if (!period) throw fieldError('period', t.badPeriod);
  const mapping = mappingInForce(ctx);
  if (!mapping) throw new AppError('NOT_FOUND', t.noMapping);
  return buildPayload(collectFigures(ctx, period), mapping.entries);
}

/** The file for DHIS2's Import/Export app (JSON or CSV), with what the mapping leaves out listed. */
export async function dhis2Export(ctx: AppContext, periodText: string, format: 'json' | 'csv'): Promise<Dhis2Export> {
  return dhis2ExportOf(ctx, await readOffMain(ctx, 'dhis2Payload', periodText), periodText, format);
}

/** The same file from figures already read. */
export function dhis2ExportOf(ctx: AppContext, built: BuiltPayload, periodText: string, format: 'json' | 'csv'): Dhis2Export {
  const content = format === 'json' ? `${JSON.stringify(built.payload, null, 1)}\n` : payloadCsv(built.payload);
  const fileName = `dhis2-${localSite(ctx)?.code ?? ''}-${periodText}.${format}`;
  inTransaction(ctx, () => recordAudit(ctx, { action: 'dhis2.export', detail: `${fileName}: ${built.payload.dataValues.length} valores` }));
  return { period: periodText, fileName, format, content, valueCount: built.payload.dataValues.length, unmappedFigures: built.unmappedFigures, unmappedOrgUnits: built.unmappedOrgUnits };
}

interface StoredServer {
  readonly url: string;
  readonly username: string;
  readonly password: string;
}

function storedServer(ctx: AppContext): StoredServer | null {
  const json = readStringSetting(ctx.db, SETTING_KEYS.dhis2Server);
  if (!json) return null;
  try {
    const value = JSON.parse(json) as Partial<StoredServer>;
    return typeof value.url === 'string' && typeof value.username === 'string' && typeof value.password === 'string' ? { url: value.url, username: value.username, password: value.password } : null;
  } catch {
    return null;
  }
}

export function dhis2Server(ctx: AppContext): Dhis2ServerInfo {
  const server = storedServer(ctx);
  return { url: server?.url ?? '', username: server?.username ?? '', passwordSet: (server?.password ?? '') !== '' };
}

/** The server and its credentials, kept in this site's (encrypted) settings; the password is never shown again. */
export function saveDhis2Server(ctx: AppContext, input: z.output<typeof dhis2ServerSchema>): Dhis2ServerInfo {
  const before = storedServer(ctx);
  const password = input.password === '' ? (before?.password ?? '') : input.password;
  inTransaction(ctx, () => {
    writeSetting(ctx.db, SETTING_KEYS.dhis2Server, JSON.stringify({ url: input.url, username: input.username, password }));
    recordAudit(ctx, { action: 'dhis2.server', detail: `${input.url} (${input.username})` });
  });
  return dhis2Server(ctx);
}

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

/**
 * `POST /api/dataValueSets` on the configured server: a dry run first (DHIS2 checks and counts, stores
 * nothing), then for real — only the same payload that passed a dry run on this PC. Every answer is kept;
 * a failure to reach the server marks nothing as sent.
 */
export async function pushToDhis2(ctx: AppContext, periodText: string, dryRun: boolean, fetchImpl: typeof fetch = fetch): Promise<Dhis2PushResult> {
  const server = storedServer(ctx);
  if (!server || server.url === '' || server.username === '') throw new AppError('VALIDATION', t.noServer);
  const built = await readOffMain(ctx, 'dhis2Payload', periodText);
  if (built.payload.dataValues.length === 0) throw new AppError('VALIDATION', t.nothingMapped);
  const body = JSON.stringify(built.payload);
  const digest = sha256(body);
  if (!dryRun) {
    const tried = ctx.sqlite.prepare("SELECT 1 FROM dhis2_pushes WHERE dry_run = 1 AND payload_sha256 = ? AND server = ? AND status != 'ERROR'").get(digest, server.url);
    if (!tried) throw new AppError('CONFLICT', t.dryRunFirst);
  }
  const url = `${server.url}/api/dataValueSets?dryRun=${String(dryRun)}&importStrategy=CREATE_AND_UPDATE`;
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Basic ${Buffer.from(`${server.username}:${server.password}`).toString('base64')}` },
      body,
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new AppError('INTERNAL', timedOut ? t.timeout : t.unreachable(server.url));
  }
  if (response.status === 401) throw new AppError('FORBIDDEN', t.unauthorized);
  if (response.status === 403) throw new AppError('FORBIDDEN', t.forbidden);
  let answer: unknown;
  try {
    answer = JSON.parse((await response.text()).slice(0, 5_000_000));
  } catch {
    answer = null;
  }
  const summary = readImportSummary(answer);
  if (!summary) throw new AppError('INTERNAL', response.ok || response.status === 409 ? t.notSummary : t.serverError(response.status));
  record(ctx, periodText, dryRun, digest, server.url, summary);
  return { period: periodText, dryRun, valueCount: built.payload.dataValues.length, summary };
}

function record(ctx: AppContext, period: string, dryRun: boolean, digest: string, server: string, summary: ImportSummary): void {
  inTransaction(ctx, () => {
    ctx.sqlite
      .prepare('INSERT INTO dhis2_pushes (period, dry_run, payload_sha256, server, status, imported, updated, ignored, conflicts, summary, pushed_at, pushed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(period, dryRun ? 1 : 0, digest, server, summary.status, summary.imported, summary.updated, summary.ignored, summary.conflicts.length, JSON.stringify(summary), ctx.now(), ctx.session.current?.userId ?? null);
    recordAudit(ctx, {
      action: dryRun ? 'dhis2.dryRun' : 'dhis2.push',
      detail: `${period} → ${server}: ${summary.status}, ${summary.imported} importados, ${summary.updated} actualizados, ${summary.ignored} ignorados, ${summary.conflicts.length} conflictos`,
    });
  });
}
