/**
 * DHIS2's answer to `POST /api/dataValueSets`: an ImportSummary, at the top level (up to 2.35) or inside
 * `response` (2.36 and later, where a summary with conflicts comes with HTTP 409).
 */
export interface ImportSummary {
  readonly status: string;
  readonly imported: number;
  readonly updated: number;
  readonly ignored: number;
  readonly deleted: number;
  readonly conflicts: readonly { readonly object: string; readonly value: string }[];
  readonly description: string;
}

const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function readImportSummary(body: unknown): ImportSummary | null {
  if (typeof body !== 'object' || body === null) return null;
  const outer = body as Record<string, unknown>;
  const inner = typeof outer.response === 'object' && outer.response !== null ? (outer.response as Record<string, unknown>) : outer;
  const importCount = inner.importCount;
  if (typeof importCount !== 'object' || importCount === null) return null;
  const c = importCount as Record<string, unknown>;
  const conflicts = Array.isArray(inner.conflicts)
    ? inner.conflicts.slice(0, 500).map((x: unknown) => {
        const conflict = typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : {};
        return { object: text(conflict.object).slice(0, 200), value: text(conflict.value).slice(0, 500) };
      })
    : [];
  return {
    status: text(inner.status) || text(outer.status),
    imported: count(c.imported),
    updated: count(c.updated),
    ignored: count(c.ignored),
    deleted: count(c.deleted),
    conflicts,
    description: text(inner.description).slice(0, 500) || text(outer.message).slice(0, 500),
  };
}
