import fs from 'node:fs';
import path from 'node:path';
import { appPaths, appRootFrom } from '../app/app-root';
import { useWorkers } from '../workers/worker-scripts';
import { runCli } from './main';

// The `lactared` command as bundled into dist/cli/ (package.json "bin"); the app root is two folders up.
const root = appRootFrom(__dirname);
// Imports verify each bundle in a worker thread while main applies the one before (issue 19).
useWorkers(appPaths(root).workers);
const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
void runCli(process.argv.slice(2), {
  stdout: (text) => fs.writeSync(1, text),
  stderr: (text) => fs.writeSync(2, text),
  migrationsFolder: appPaths(root).migrations,
  version,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    fs.writeSync(2, `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
