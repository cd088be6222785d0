import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { createMain } from '../src-main/app/create-app';
import type { InputOf, OutputOf } from '../src-shared/contract/api';
import type { ChannelName } from '../src-shared/contract/channels';
import type { Result } from '../src-shared/contract/define';
import { report } from './report';

const RUNS = 10;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Anexo 2 for 15 members: the handler plus Chromium's PDF, beside a one-line page's PDF in the same browser. */
export async function benchPrint(migrationsFolder: string): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lactared-bench-print-'));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const main = createMain({ dataDir, migrationsFolder, appVersion: 'bench' });
    const call = async <C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> => {
      const result = (await main.invoke(channel, input)) as Result<OutputOf<C>>;
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
      return result.value;
    };
    await call('setup.complete', {
      site: { kind: 'facility', country: 'PE', name: 'Banco', code: '00012345', region: 'R', network: 'N', microNetwork: 'M', attendsBirths: true },
      admin: { fullName: 'Bench', username: 'bench', password: 'bench-password', passwordConfirm: 'bench-password' },
    });
    await call('users.create', { fullName: 'Salud', username: 'salud', role: 'health', password: 'bench-password', passwordConfirm: 'bench-password' });
    await call('session.logout', {});
    await call('session.login', { username: 'salud', password: 'bench-password' });
    const mother = await call('groups.createLeadMother', { firstNames: 'Rosa', lastNames: 'Mamani', profile: {} });
    const group = await call('groups.create', { name: 'Banco', formedOn: '2026-01-01', leadMotherIds: [mother.id], place: 'Local', periodicityDays: 15 });
    for (let i = 0; i < 15; i += 1) {
      await call('groups.addMember', { groupId: group.id, firstNames: `Integrante ${i + 1}`, lastNames: 'Quispe Huamán', memberType: 'breastfeeding', age: 25, address: 'Jr. Los Andes 123', joinedOn: '2026-01-01' });
    }
    const page = await browser.newPage();
    const anexo2: number[] = [];
    const floor: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      let start = performance.now();
      const printed = await call('print.anexo2', { groupId: group.id, sessionId: null });
      await page.setContent(printed.html);
      await page.pdf({ preferCSSPageSize: true });
      anexo2.push(performance.now() - start);
      start = performance.now();
      await page.setContent('<!doctype html><p>LactaRed</p>');
      await page.pdf({ format: 'A4' });
      floor.push(performance.now() - start);
    }
    report('print.anexo2_ms', median(anexo2), 'ms', { name: 'chromium_one_line_pdf', value: median(floor), unit: 'ms' });
    main.close();
  } finally {
    await browser.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
