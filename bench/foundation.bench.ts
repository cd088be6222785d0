import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMain } from '../src-main/app/create-app';
import { handlers } from '../src-main/ipc/handlers';
import { hashPassword, verifyPassword } from '../src-main/users/passwords';
import { report, timeIt } from './report';

/** Sign-in cost (scrypt at OWASP cost) and the overhead of the contract dispatcher over a direct call. */
export async function benchFoundation(migrationsFolder: string): Promise<void> {
  const hashes = 5;
  const hashed = await timeIt(async () => {
    let last = '';
    for (let i = 0; i < hashes; i++) last = await hashPassword(`clave-${i}`);
    return last;
  });
  report('auth.password_hash_ms', hashed.ms / hashes, 'ms');
  const verified = await timeIt(() => verifyPassword('clave-4', hashed.result));
  report('auth.password_verify_ms', verified.ms, 'ms');

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lactared-bench-'));
  try {
    const main = createMain({ dataDir, migrationsFolder, appVersion: 'bench' });
    const calls = 20_000;
    const dispatched = await timeIt(async () => {
      for (let i = 0; i < calls; i++) await main.invoke('app.status', {});
    });
    const direct = await timeIt(async () => {
      for (let i = 0; i < calls; i++) await handlers['app.status'](main.ctx, {});
    });
    report('ipc.dispatch_calls_per_s', calls / (dispatched.ms / 1000), 'calls/s', {
      name: 'direct_handler',
      value: calls / (direct.ms / 1000),
      unit: 'calls/s',
    });
    main.close();
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
