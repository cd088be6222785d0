/** A line of a typed sheet: its key (the record it becomes) and the messages of the last save. */
export interface KeyedLine {
  readonly key: string;
  readonly errors: Readonly<Record<string, string>>;
}

export interface SavedLine {
  readonly key: string;
  readonly text: string;
}

type Outcome = { readonly index: number; readonly ok: true } | { readonly index: number; readonly ok: false; readonly errors: Readonly<Record<string, string>> };

/**
 * What main answered for the lines sent, by line: the saved ones (with their confirmation text) and the
 * refused ones with their messages. Shared by the deliveries and the admissions of the Planilla.
 */
export function sortOutcomes<L extends KeyedLine, O extends Outcome>(sent: readonly L[], outcomes: readonly O[], describe: (line: L, outcome: Extract<O, { ok: true }>) => string) {
  const savedKeys = new Set<string>();
  const failures = new Map<string, Readonly<Record<string, string>>>();
  const lines: SavedLine[] = [];
  for (const outcome of outcomes) {
    const line = sent[outcome.index];
    if (!line) continue;
    if (outcome.ok) {
      savedKeys.add(line.key);
      lines.push({ key: line.key, text: describe(line, outcome as Extract<O, { ok: true }>) });
    } else failures.set(line.key, outcome.errors);
  }
  return { savedKeys, failures, lines };
}

/**
 * The lines still to correct after a save — built from the lines as they are now, so that a cell typed
 * while saving is kept — with their new messages, then one empty line to go on typing.
 */
export function linesToCorrect<L extends KeyedLine>(current: readonly L[], sorted: { savedKeys: ReadonlySet<string>; failures: ReadonlyMap<string, Readonly<Record<string, string>>> }, isBlank: (line: L) => boolean, empty: (last: L | undefined) => L): L[] {
  const kept = current.filter((line) => !sorted.savedKeys.has(line.key) && !isBlank(line)).map((line) => ({ ...line, errors: sorted.failures.get(line.key) ?? line.errors }));
  return [...kept, empty(current[current.length - 1])];
}
