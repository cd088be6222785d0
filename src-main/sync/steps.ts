/**
 * Work written as a generator yields between its steps (issue 19): the app pauses there to answer other
 * calls; the command line and the tests run it straight through, telling `onStep` what each step yielded.
 */
export function runSteps<Y, R>(steps: Generator<Y, R>, onStep?: (value: Y) => void): R {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onStep?.(step.value);
  }
}
