import fs from 'node:fs';
import { cliText } from '../../src-shared/sync/cli-text';
import type { LactaRedMain } from '../app/create-app';
import { readBounded } from '../app/bounded-read';
import { dhis2Export, pushToDhis2 } from '../dhis2/dhis2-service';
import { importMapping } from '../dhis2/mapping-service';
import { ok, refused, type CliOutput } from './output';

/** `lactared dhis2 mapping|export|push` (issue 20): the same services as the consolidated page. */
export async function dhis2Command(main: LactaRedMain, sub: string, args: { file: string | null; period: string | null; out: string | null; format: string; dryRun: boolean }): Promise<CliOutput | null> {
  if (sub === 'mapping' && args.file) {
    const summary = importMapping(main.ctx, { fileName: args.file, dataBase64: readBounded(args.file, 5_000_000).toString('base64') });
    if (summary.importId === null) return refused('MAPPING_REFUSED', cliText.dhis2MappingRefused(summary.problems.map((p) => `Fila ${p.line}: ${p.reason}.`)), { problems: summary.problems });
    return ok({ entries: summary.entries }, cliText.dhis2Mapping(summary.entries));
  }
  if (sub === 'export' && args.period && args.out && (args.format === 'json' || args.format === 'csv')) {
    const exported = await dhis2Export(main.ctx, args.period, args.format);
    fs.writeFileSync(args.out, exported.content);
    return ok(
      { file: args.out, values: exported.valueCount, unmappedFigures: exported.unmappedFigures, unmappedOrgUnits: exported.unmappedOrgUnits },
      cliText.dhis2Exported(args.out, exported.valueCount, exported.unmappedFigures, exported.unmappedOrgUnits),
    );
  }
  if (sub === 'push' && args.period) {
    const result = await pushToDhis2(main.ctx, args.period, args.dryRun);
    const s = result.summary;
    return ok({ dryRun: result.dryRun, values: result.valueCount, summary: s }, cliText.dhis2Summary(result.dryRun, s.status, s.imported, s.updated, s.ignored, s.conflicts.map((c) => `${c.object}: ${c.value}`)));
  }
  return null;
}
