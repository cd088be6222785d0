import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { appRootFrom, appPaths } from '../app/app-root';
import { startDailyBackups } from '../backup/backup-service';
import { createGatedMain, type GatedMain } from '../app/gated-main';
import { resolveDataDir } from '../app/data-dir';
import { useWorkers } from '../workers/worker-scripts';
import { startWebServer } from './web-server';

/**
 * Browser mode, a developer tool: the same renderer and handler table as the Electron app, served on
 * 127.0.0.1 to any local browser. `--port N` (default 5178; 0 picks a free one).
 */
async function main(): Promise<void> {
  const root = appRootFrom(__dirname);
  const paths = appPaths(root);
  useWorkers(paths.workers);
  const portArg = process.argv.indexOf('--port');
  const port = portArg > 0 ? Number(process.argv[portArg + 1]) : Number(process.env.LACTARED_WEB_PORT ?? 5178);
  const version = (JSON.parse(fs.readFileSync(`${root}/package.json`, 'utf8')) as { version: string }).version;
  let lactared: GatedMain;
  try {
    // The same start-up as the desktop, once the database may be opened (at the first sign-in of an
    // encrypted folder): checked and backed up before migrations. A developer restores a damaged database
    // by hand (the messages say which backup), so nothing is restored here unasked.
    lactared = await createGatedMain({
      dataDir: resolveDataDir(),
      migrationsFolder: paths.migrations,
      appVersion: version,
      restoreIfDamaged: false,
      onOpened: (opened, messages) => {
        for (const message of messages) console.error(message);
        startDailyBackups(opened.ctx, (warning) => console.error(warning));
      },
      onBackupWarning: (warning) => console.error(warning),
    });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const token = crypto.randomBytes(24).toString('base64url');
  const server: http.Server = startWebServer({ main: lactared, rendererDir: paths.renderer, token, port }, (url) => {
    console.log(`LactaRed web: ${url}`);
  });
  const stop = () => {
    server.close();
    lactared.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
