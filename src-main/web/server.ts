import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { appRootFrom, appPaths } from '../app/app-root';
import { createMain } from '../app/create-app';
import { resolveDataDir } from '../app/data-dir';
import { startWebServer } from './web-server';

/**
 * Browser mode, a developer tool: the same renderer and handler table as the Electron app, served on
 * 127.0.0.1 to any local browser. `--port N` (default 5178; 0 picks a free one).
 */
function main(): void {
  const root = appRootFrom(__dirname);
  const paths = appPaths(root);
  const portArg = process.argv.indexOf('--port');
  const port = portArg > 0 ? Number(process.argv[portArg + 1]) : Number(process.env.LACTARED_WEB_PORT ?? 5178);
  const version = (JSON.parse(fs.readFileSync(`${root}/package.json`, 'utf8')) as { version: string }).version;
  let lactared;
  try {
    lactared = createMain({ dataDir: resolveDataDir(), migrationsFolder: paths.migrations, appVersion: version });
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

main();
