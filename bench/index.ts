import path from 'node:path';
import { benchApp } from './app.bench';
import { benchAttachments } from './attachments.bench';
import { benchConsolidated } from './consolidated.bench';
import { benchDhis2 } from './dhis2.bench';
import { benchNational } from './national.bench';
import { benchScale } from './scale.bench';
import { benchEncryption } from './encryption.bench';
import { benchFoundation } from './foundation.bench';
import { benchHome } from './home.bench';
import { benchPrint } from './print.bench';
import { benchSearch } from './search.bench';
import { benchSync, importChild } from './sync.bench';

// Areas by name; `npm run bench -- <area>` runs one.
const AREAS: Record<string, (migrations: string) => Promise<void>> = {
  foundation: benchFoundation,
  attachments: benchAttachments,
  search: benchSearch,
  home: benchHome,
  print: benchPrint,
  sync: benchSync,
  db: benchEncryption,
  consolidated: benchConsolidated,
  dhis2: benchDhis2,
  scale: benchScale,
  app: benchApp,
  national: benchNational,
};

async function main(): Promise<void> {
  const migrations = path.resolve('drizzle');
  // The sync area measures an import's memory in a process of its own.
  if (process.argv[2] === '--import-child') {
    await importChild(process.argv.slice(3), migrations);
    return;
  }
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((area) => !(area in AREAS));
  if (unknown.length) {
    console.error(`Área desconocida: ${unknown.join(', ')}. Áreas: ${Object.keys(AREAS).join(', ')}`);
    process.exit(2);
  }
  for (const [name, run] of Object.entries(AREAS)) {
    if (wanted.length === 0 || wanted.includes(name)) await run(migrations);
  }
}

void main();
