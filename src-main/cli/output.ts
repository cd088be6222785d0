import type { ImportSummary } from '../sync/import-service';
import { cliText } from '../../src-shared/sync/cli-text';

export interface CliOutput {
  readonly code: 0 | 1 | 2;
  readonly json: Record<string, unknown>;
  readonly text: string;
}

export const ok = (json: Record<string, unknown>, text: string): CliOutput => ({ code: 0, json: { ok: true, ...json }, text });
export const refused = (error: string, message: string, extra: Record<string, unknown> = {}, text = message): CliOutput => ({
  code: 1,
  json: { ok: false, error, message, ...extra },
  text,
});
export const usage = (message: string): CliOutput => ({ code: 2, json: { ok: false, error: 'USAGE', message }, text: `${message}\n\n${cliText.usage}` });

export function summaryTable(summary: ImportSummary): string {
  const lines: string[] = [cliText.summaryHeader];
  for (const [table, s] of Object.entries(summary)) {
    lines.push(`${table.padEnd(30)} ${String(s.new).padStart(6)}  ${String(s.updated).padStart(12)}  ${String(s.unchanged).padStart(11)}  ${String(s.conflicts).padStart(10)}  ${String(s.refused).padStart(10)}`);
  }
  return lines.join('\n');
}
