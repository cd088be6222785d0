import { createMain, type LactaRedMain } from '../src-main/app/create-app';
import { exportEnrolment, importEnrolment } from '../src-main/sync/enrolment-service';

/** A configured site for the benches (a microrred's data, a facility's), plain or with a database key. */
export async function benchSite(dir: string, migrations: string, kind: 'facility' | 'microNetwork', code: string, key: Buffer | null = null): Promise<LactaRedMain> {
  const main = createMain({ dataDir: dir, migrationsFolder: migrations, appVersion: 'bench', key });
  const setup = await main.invoke('setup.complete', {
    site: { kind, country: 'PE', name: `Sitio ${code}`, code, region: 'DIRESA Cusco', network: 'Red Cusco Norte', microNetwork: 'Microrred San Juan', attendsBirths: true },
    admin: { fullName: 'Bench', username: 'bench', password: 'bench-password', passwordConfirm: 'bench-password' },
  });
  if (!setup.ok) throw new Error(JSON.stringify(setup.error));
  return main;
}

/** Both enrolment files exchanged, fingerprints confirmed. */
export function benchEnrol(child: LactaRedMain, parent: LactaRedMain): void {
  const up = exportEnrolment(child.ctx);
  importEnrolment(parent.ctx, Buffer.from(up.content), up.fingerprint);
  const down = exportEnrolment(parent.ctx);
  importEnrolment(child.ctx, Buffer.from(down.content), down.fingerprint);
}
