import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for a DHIS2 server's `POST /api/dataValueSets` (Web API, 2.36+ answer shape): checks
 * Basic auth and the payload against the documented schema (dataValues with an 11-character uid for
 * data element, org unit and category option combo, an ISO period, a value as text), and answers with an
 * ImportSummary — conflicts (HTTP 409) for org units it does not know, values stored only without dryRun.
 */
export interface StandIn {
  readonly url: string;
  readonly requests: { readonly dryRun: boolean; readonly body: unknown }[];
  readonly stored: Map<string, string>;
  close(): Promise<void>;
}

const UID = /^[A-Za-z][A-Za-z0-9]{10}$/;
const PERIOD = /^(\d{4}|\d{4}S[12]|\d{4}(0[1-9]|1[0-2]))$/;

export function schemaProblems(body: unknown): string[] {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { dataValues?: unknown }).dataValues)) return ['dataValues missing'];
  const problems: string[] = [];
  (body as { dataValues: unknown[] }).dataValues.forEach((raw, i) => {
    const v = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    if (typeof v.dataElement !== 'string' || !UID.test(v.dataElement)) problems.push(`${i}: dataElement`);
    if (typeof v.orgUnit !== 'string' || !UID.test(v.orgUnit)) problems.push(`${i}: orgUnit`);
    if (typeof v.period !== 'string' || !PERIOD.test(v.period)) problems.push(`${i}: period`);
    if (v.categoryOptionCombo !== undefined && (typeof v.categoryOptionCombo !== 'string' || !UID.test(v.categoryOptionCombo))) problems.push(`${i}: categoryOptionCombo`);
    if (typeof v.value !== 'string' || !/^-?\d+(\.\d+)?$/.test(v.value)) problems.push(`${i}: value`);
    const allowed = new Set(['dataElement', 'orgUnit', 'period', 'categoryOptionCombo', 'attributeOptionCombo', 'value', 'comment']);
    for (const key of Object.keys(v)) if (!allowed.has(key)) problems.push(`${i}: ${key}`);
  });
  return problems;
}

export async function startStandIn(options: { knownOrgUnits: readonly string[]; username?: string; password?: string }): Promise<StandIn> {
  const requests: { dryRun: boolean; body: unknown }[] = [];
  const stored = new Map<string, string>();
  const auth = `Basic ${Buffer.from(`${options.username ?? 'admin'}:${options.password ?? 'district'}`).toString('base64')}`;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.method !== 'POST' || url.pathname !== '/api/dataValueSets') { send(404, { httpStatus: 'Not Found', httpStatusCode: 404, status: 'ERROR' }); return; }
      if (req.headers.authorization !== auth) { send(401, { httpStatus: 'Unauthorized', httpStatusCode: 401, status: 'ERROR', message: 'Unauthorized' }); return; }
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        send(400, { httpStatus: 'Bad Request', httpStatusCode: 400, status: 'ERROR', message: 'JSON' }); return;
      }
      const dryRun = url.searchParams.get('dryRun') === 'true';
      requests.push({ dryRun, body });
      const problems = schemaProblems(body);
      if (problems.length > 0) { send(400, { httpStatus: 'Bad Request', httpStatusCode: 400, status: 'ERROR', message: problems.join('; ') }); return; }
      const values = (body as { dataValues: { dataElement: string; orgUnit: string; period: string; categoryOptionCombo?: string; value: string }[] }).dataValues;
      const conflicts: { object: string; value: string; errorCode: string }[] = [];
      let imported = 0;
      let updated = 0;
      for (const v of values) {
        if (!options.knownOrgUnits.includes(v.orgUnit)) {
          conflicts.push({ object: v.orgUnit, value: 'Org unit not found or not accessible', errorCode: 'E7610' });
          continue;
        }
        const key = `${v.dataElement}|${v.period}|${v.orgUnit}|${v.categoryOptionCombo ?? ''}`;
        if (stored.has(key)) updated += 1;
        else imported += 1;
        if (!dryRun) stored.set(key, v.value);
      }
      const status = conflicts.length > 0 ? 'WARNING' : 'SUCCESS';
      send(conflicts.length > 0 ? 409 : 200, {
        httpStatus: conflicts.length > 0 ? 'Conflict' : 'OK',
        httpStatusCode: conflicts.length > 0 ? 409 : 200,
        status: conflicts.length > 0 ? 'WARNING' : 'OK',
        message: conflicts.length > 0 ? 'One more conflicts encountered, please check import summary.' : 'Import was successful.',
        response: {
          responseType: 'ImportSummary',
          status,
          importOptions: { dryRun, importStrategy: 'CREATE_AND_UPDATE' },
          description: dryRun ? 'Import process completed successfully (dry run)' : 'Import process completed successfully',
          importCount: { imported, updated, ignored: conflicts.length, deleted: 0 },
          conflicts,
          dataSetComplete: 'false',
        },
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    requests,
    stored,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
