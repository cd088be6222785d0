import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanText } from '../../src-shared/common/clean-text';
import { cliText } from '../../src-shared/sync/cli-text';
import type { LactaRedMain } from '../app/create-app';
import { resolveDataDir } from '../app/data-dir';
import { AppError } from '../app/errors';
import { SyncRefusal } from '../sync/refusal';
import { ackFor, backupFromCli, demo, enrolmentExport, enrolmentImport, exportBundle, exportProgressLines, importFiles, refusalOutput, status } from './commands';
import { initSite } from './init';
import { dhis2Command } from './dhis2-cli';
import { openExistingFolder, openNewFolder } from './open-folder';
import { releaseKey, releaseSign, updateKey } from './release';
import { refused, usage, type CliOutput } from './output';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly migrationsFolder: string;
  readonly version: string;
}

const OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string' },
  fingerprint: { type: 'string' },
  'replace-key': { type: 'boolean' },
  'max-part-mb': { type: 'string' },
  'dry-run': { type: 'boolean' },
  site: { type: 'string' },
  to: { type: 'string' },
  'site-type': { type: 'string' },
  country: { type: 'string' },
  name: { type: 'string' },
  code: { type: 'string' },
  parent: { type: 'string' },
  red: { type: 'string' },
  microrred: { type: 'string' },
  'admin-name': { type: 'string' },
  region: { type: 'string' },
  'attends-births': { type: 'boolean' },
  admin: { type: 'string' },
  'admin-password-file': { type: 'string' },
  progress: { type: 'boolean' },
  months: { type: 'string' },
  scale: { type: 'string' },
  'second-folder': { type: 'string' },
  key: { type: 'string' },
  user: { type: 'string' },
  'password-file': { type: 'string' },
  folder: { type: 'string' },
  help: { type: 'boolean' },
  period: { type: 'string' },
  format: { type: 'string' },
} as const;

type Values = Partial<Record<keyof typeof OPTIONS, string | boolean>>;

function need(values: Values, name: keyof typeof OPTIONS): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(cliText.missing(`--${name}`));
  return value;
}

class UsageError extends Error {}

async function dispatch(
  command: readonly string[],
  values: Values,
  open: () => LactaRedMain,
  openNew: (admin: string, password: string) => ReturnType<typeof openNewFolder>,
  progress: (line: string) => void,
): Promise<CliOutput> {
  const [name, sub, ...rest] = command;
  switch (name) {
    case 'init':
      return initSite(openNew, values, (option) => need(values, option as keyof typeof OPTIONS));
    case 'enrolment':
      if (sub === 'export') return enrolmentExport(open(), need(values, 'out'));
      if (sub === 'import' && rest[0]) return enrolmentImport(open(), rest[0], need(values, 'fingerprint'), values['replace-key'] === true);
      throw new UsageError(sub === 'import' ? cliText.noFiles : cliText.unknownCommand(`enrolment ${sub ?? ''}`.trim()));
    case 'export': {
      const max = values['max-part-mb'];
      const mb = typeof max === 'string' ? Number(max) : null;
      if (mb !== null && !(mb > 0)) throw new UsageError(cliText.badValue('--max-part-mb', 'un número mayor que 0'));
      const onProgress = values.progress ? exportProgressLines(progress) : undefined;
      return exportBundle(open(), need(values, 'out'), mb, typeof values.to === 'string' ? values.to : null, onProgress);
    }
    case 'import':
    case 'verify': {
      const files = [sub, ...rest].filter((f): f is string => Boolean(f));
      if (files.length === 0) throw new UsageError(cliText.noFiles);
      const onProgress = values.progress ? (done: number, total: number) => progress(`aplicados ${done} de ${total}\n`) : undefined;
      return importFiles(open(), files, { dryRun: name === 'verify' || values['dry-run'] === true, ...(onProgress ? { onProgress } : {}) });
    }
    case 'ack':
      return ackFor(open(), need(values, 'site'), need(values, 'out'));
    case 'status':
      return status(open());
    case 'demo': {
      const months = Number(need(values, 'months'));
      const scale = typeof values.scale === 'string' ? Number(values.scale) : 1;
      if (!Number.isInteger(months) || months < 1 || months > 60) throw new UsageError(cliText.badValue('--months', 'un número entero de 1 a 60'));
      if (!(scale > 0 && scale <= 50)) throw new UsageError(cliText.badValue('--scale', 'un número mayor que 0 y hasta 50'));
      return demo(open(), months, scale);
    }
    case 'update-key':
      if (!sub) throw new UsageError(cliText.noFiles);
      return updateKey(open(), sub);
    case 'release-key':
      return releaseKey(path.resolve(need(values, 'out')));
    case 'release-sign':
      return releaseSign(need(values, 'key'), path.resolve(need(values, 'folder')));
    case 'dhis2': {
      const done = await dhis2Command(open(), sub ?? '', {
        file: rest[0] ?? null,
        period: typeof values.period === 'string' ? values.period : null,
        out: typeof values.out === 'string' ? path.resolve(values.out) : null,
        format: typeof values.format === 'string' ? values.format : 'json',
        dryRun: values['dry-run'] === true,
      });
      if (done) return done;
      throw new UsageError(sub === 'export' ? cliText.missing('--period, --out') : sub === 'push' ? cliText.missing('--period') : cliText.unknownCommand(`dhis2 ${sub ?? ''}`.trim()));
    }
    case 'backup':
      return backupFromCli(open(), typeof values['second-folder'] === 'string' ? path.resolve(values['second-folder']) : null);
    default:
      throw new UsageError(name ? cliText.unknownCommand(name) : cliText.usage);
  }
}

/** Runs one command line; returns the exit code (0 done, 1 an input refused, 2 wrong usage). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true }));
  } catch (error) {
    return report(usage(error instanceof Error ? error.message : String(error)), argv.includes('--json'), io);
  }
  const json = values.json === true;
  // Help asked for is an answer (exit 0); no command at all is a usage error. Either way, said once.
  if (values.help) return report({ code: 0, json: { ok: true, usage: cliText.usage }, text: cliText.usage }, json, io);
  if (positionals.length === 0) return report({ ...usage(''), text: cliText.usage }, json, io);
  let main: LactaRedMain | null = null;
  const folder = { dataDir: typeof values['data-dir'] === 'string' ? path.resolve(values['data-dir']) : resolveDataDir(), migrationsFolder: io.migrationsFolder, version: io.version };
  const text = (name: 'user' | 'password-file') => (typeof values[name] === 'string' ? values[name] : null);
  const open = () => {
    main ??= openExistingFolder(folder, { user: text('user'), passwordFile: text('password-file') });
    return main;
  };
  const openNew = (admin: string, password: string) => openNewFolder(folder, admin, password);
  try {
    return report(await dispatch(positionals, values, open, openNew, io.stderr), json, io);
  } catch (error) {
    if (error instanceof UsageError) return report(usage(error.message), json, io);
    if (error instanceof SyncRefusal) return report(refusalOutput(error), json, io);
    if (error instanceof AppError) return report(refused(error.code, error.message), json, io);
    // Never a stack trace at a coordinator: a one-line Spanish message (the trace only when debugging).
    if (process.env.LACTARED_DEBUG) io.stderr(`${error instanceof Error ? (error.stack ?? '') : ''}\n`);
    const detail = error instanceof Error ? error.message : String(error);
    return report(refused('INTERNAL', cliText.internal(detail)), json, io);
  } finally {
    (main as LactaRedMain | null)?.close();
  }
}

function report(output: CliOutput, json: boolean, io: CliIo): number {
  // Names come from other sites' data: none of their characters may drive the terminal (17.11).
  const text = cleanText(output.text);
  if (json) io.stdout(`${JSON.stringify(output.json)}\n`);
  else if (output.code === 0) io.stdout(`${text}\n`);
  else io.stderr(`${text}\n`);
  return output.code;
}
