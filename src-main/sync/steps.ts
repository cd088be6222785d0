/**
 * Work written as a generator yields between its steps (issue 19): the app pauses there to answer other
 * calls; the command line and the tests run it straight through, telling `onStep` what each step yielded.
 */
export function runSteps<Y, R>(steps: Generator<Y | Wait, R>, onStep?: (value: Y) => void): R {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    // Only work built to run in the app hands work to another thread; a straight run never waits.
    if (step.value instanceof Wait) throw new Error('runSteps: a straight run cannot wait for another thread');
    onStep?.(step.value);
  }
}

/**
 * Yielded by a step that handed work to another thread (brotli in libuv's pool): the app goes on
 * answering until `settled` does, then resumes the work; the step reads its own result.
 */
export class Wait {
  constructor(readonly settled: Promise<unknown>) {}
}

/**
 * Inside work in steps: `yield* waitFor(promise)` hands the app a `Wait` and resumes with the promise's
 * value once it has settled (or throws its error there).
 */
export function* waitFor<T>(work: Promise<T>): Generator<Wait, T> {
  let outcome: { readonly value: T } | { readonly error: unknown } | null = null;
  yield new Wait(
    work.then(
      (value) => (outcome = { value }),
      (error: unknown) => (outcome = { error }),
    ),
  );
  const settled = outcome as { readonly value: T } | { readonly error: unknown } | null;
  if (!settled) throw new Error('waitFor: resumed before the work settled');
  if ('error' in settled) throw settled.error;
  return settled.value;
}

/** Main works on a job this long at a time, then lets other calls in. */
const SLICE_MS = 40;

/**
 * Runs `steps` in the app a slice at a time: between slices main answers other calls (the page asking how
 * far the job has come, among them). `on.step` gets each yielded value, then `done` or `failed` once. A
 * `Wait` ends the slice until what it waits for has settled.
 */
export function driveSteps<Y, R>(steps: Generator<Y | Wait, R>, on: { step(value: Y): void; done(value: R): void; failed(error: unknown): void }): void {
  const slice = () => {
    const until = performance.now() + SLICE_MS;
    try {
      for (;;) {
        const step = steps.next();
        if (step.done) {
          on.done(step.value);
          return;
        }
        if (step.value instanceof Wait) {
          step.value.settled.then(slice, (error: unknown) => on.failed(error));
          return;
        }
        on.step(step.value);
        if (performance.now() >= until) break;
      }
    } catch (error) {
      on.failed(error);
      return;
    }
    setImmediate(slice);
  };
  setImmediate(slice);
}
