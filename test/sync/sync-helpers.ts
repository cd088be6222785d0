import crypto from 'node:crypto';
import { exportEnrolment, importEnrolment } from '../../src-main/sync/enrolment-service';
import { SYNC_TABLES } from '../../src-main/sync/sync-tables';
import { facilitySetup, openTestApp, TestClock, type TestApp } from '../helpers/test-app';

export type SiteKind = 'facility' | 'microNetwork' | 'network';

/** A configured site of the given level, its admin signed in. */
export async function siteOf(kind: SiteKind, code: string, name: string, clock = new TestClock()): Promise<TestApp> {
  const app = openTestApp({ clock });
  await app.ok('setup.complete', facilitySetup({ kind, code, name }));
  return app;
}

/** Both directions of enrolment, each fingerprint "read over the phone" from the exporting side. */
export function enrol(child: TestApp, parent: TestApp): void {
  const up = exportEnrolment(child.main.ctx);
  importEnrolment(parent.main.ctx, Buffer.from(up.content), up.fingerprint);
  const down = exportEnrolment(parent.main.ctx);
  importEnrolment(child.main.ctx, Buffer.from(down.content), down.fingerprint);
}

/** A digest of every synced table and of the sync state: equal digests, unchanged database. */
export function databaseDigest(app: TestApp): string {
  const hash = crypto.createHash('sha256');
  for (const table of [...SYNC_TABLES, 'sync_peers', 'sync_changes', 'sync_routes', 'sync_imports', 'sync_conflicts', 'sync_corrections', 'sync_seen', 'local_settings']) {
    hash.update(table);
    hash.update(JSON.stringify(app.main.ctx.sqlite.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()));
  }
  return hash.digest('hex');
}

export function liveCount(app: TestApp, table: string, ownerSiteId?: string): number {
  const sql = `SELECT COUNT(*) FROM ${table} WHERE deleted = 0${ownerSiteId ? ' AND owner_site_id = ?' : ''}`;
  return app.main.ctx.sqlite.prepare(sql).pluck().get(...(ownerSiteId ? [ownerSiteId] : [])) as number;
}

export function siteIdOf(app: TestApp): string {
  return app.main.ctx.sqlite.prepare("SELECT json_extract(value, '$') FROM local_settings WHERE key = 'site.id'").pluck().get() as string;
}
