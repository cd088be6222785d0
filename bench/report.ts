/** One line per figure, comparable across runs: `BENCH <area>.<figure> <value> <unit> [baseline …]`. */
export function report(
  figure: string,
  value: number,
  unit: string,
  baseline?: { name: string; value: number; unit: string },
): void {
  const round = (n: number) => (n >= 100 ? Math.round(n) : Number(n.toPrecision(3)));
  let line = `BENCH ${figure} ${round(value)} ${unit}`;
  if (baseline) {
    line += ` baseline ${baseline.name} ${round(baseline.value)} ${baseline.unit} ratio ${(value / baseline.value).toFixed(2)}`;
  }
  console.log(line);
}

/** The middle value (of an odd count; the upper middle of an even one). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export async function timeIt<T>(work: () => Promise<T> | T): Promise<{ ms: number; result: T }> {
  const start = process.hrtime.bigint();
  const result = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

/** The same for work that settles later (a worker thread's answer). */
export async function medianMsAsync(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let n = 0; n < 5; n += 1) times.push((await timeIt(work)).ms);
  return median(times);
}

/** The median of five runs of synchronous work, in milliseconds (one slow run says nothing). */
export function medianMs(work: () => unknown): number {
  const times: number[] = [];
  for (let n = 0; n < 5; n += 1) {
    const start = process.hrtime.bigint();
    work();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}
