import fs from 'node:fs';
import { cliText } from '../../src-shared/sync/cli-text';
import { setupSchema } from '../../src-shared/setup/schemas';
import type { LactaRedMain } from '../app/create-app';
import { keepSlotsInStep } from '../app/folder-encryption';
import { ok, refused, usage, type CliOutput } from './output';

const SITE_TYPES = { facility: 'facility', microrred: 'microNetwork', red: 'network', region: 'region', national: 'national' } as const;
const UNSPECIFIED = 'Sin especificar';

/** The setup wizard without screens: the same validation, the same site and first administrator. */
export async function initSite(
  openNew: (admin: string, password: string) => { main: LactaRedMain; recoveryKey: string; discard: () => void },
  values: Readonly<Record<string, string | boolean | undefined>>,
  get: (name: string) => string,
): Promise<CliOutput> {
  const type = get('site-type');
  const kind = SITE_TYPES[type as keyof typeof SITE_TYPES] as (typeof SITE_TYPES)[keyof typeof SITE_TYPES] | undefined;
  if (!kind) return usage(cliText.badValue('--site-type', 'facility, microrred, red, region o national'));
  const country = get('country');
  if (country !== 'PE' && country !== 'AR') return usage(cliText.badValue('--country', 'PE o AR'));
  let password: string;
  try {
    password = fs.readFileSync(get('admin-password-file'), 'utf8').replace(/\r?\n$/, '');
  } catch {
    return refused('UNREADABLE', cliText.passwordFile);
  }
  const text = (name: string) => (typeof values[name] === 'string' ? values[name] : null);
  // --parent is the name of the level right above: the microrred of a facility, the red of a microrred.
  const parent = text('parent');
  const microNetwork = text('microrred') ?? (kind === 'facility' ? parent : null) ?? UNSPECIFIED;
  const network = text('red') ?? (kind === 'microNetwork' ? parent : null) ?? UNSPECIFIED;
  const region = kind === 'national' ? '' : (text('region') ?? UNSPECIFIED);
  const username = get('admin');
  const input = setupSchema.safeParse({
    site: {
      kind,
      country,
      name: get('name'),
      code: get('code'),
      region,
      network: kind === 'facility' || kind === 'microNetwork' ? network : '',
      microNetwork: kind === 'facility' ? microNetwork : '',
      attendsBirths: values['attends-births'] === true,
    },
    admin: { fullName: text('admin-name') ?? username, username, password, passwordConfirm: password },
  });
  if (!input.success) return usage(cliText.setupRefused(input.error.issues.map((issue) => issue.message).join(' ')));
  // Encrypted from its first byte (18.4): the admin's password opens it, the recovery key is shown once.
  const { main, recoveryKey, discard } = openNew(input.data.admin.username, password);
  const result = await main.invoke('setup.complete', input.data);
  if (!result.ok) {
    discard();
    return refused(result.error.code, cliText.setupRefused(result.error.message));
  }
  keepSlotsInStep(main, 'setup.complete', input.data, result.value);
  main.close();
  const site = input.data.site;
  return ok({ site: { code: site.code, type, name: site.name }, recoveryKey }, `${cliText.initDone(site.name, site.code)}\n${cliText.recoveryKey(recoveryKey)}`);
}
