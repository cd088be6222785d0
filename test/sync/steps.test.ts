import { describe, expect, it } from 'vitest';
import { driveSteps, runSteps, Wait } from '../../src-main/sync/steps';

function released(): { promise: Promise<void>; release: () => void } {
  let release: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => (release = resolve));
  return { promise, release: () => release() };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('work in steps (issue 19)', () => {
  it('the app waits for work handed to another thread without running the next step, answering meanwhile, then goes on', async () => {
    const offThread = released();
    const trail: string[] = [];
    function* work(): Generator<number | Wait, string> {
      yield 1;
      trail.push('handed');
      yield new Wait(offThread.promise);
      trail.push('resumed');
      yield 2;
      return 'hecho';
    }
    const seen: number[] = [];
    const finished = new Promise<string>((resolve, reject) => driveSteps(work(), { step: (n) => seen.push(n), done: resolve, failed: reject }));
    for (let i = 0; i < 5; i += 1) await turn();
    expect(seen).toEqual([1]);
    expect(trail).toEqual(['handed']);
    offThread.release();
    expect(await finished).toBe('hecho');
    expect(seen).toEqual([1, 2]);
    expect(trail).toEqual(['handed', 'resumed']);
  });

  it('a wait that fails ends the work as failed', async () => {
    function* work(): Generator<Wait, string> {
      yield new Wait(Promise.reject(new Error('disco lleno')));
      return 'nunca';
    }
    await expect(new Promise((resolve, reject) => driveSteps(work(), { step: () => undefined, done: resolve, failed: reject }))).rejects.toThrow('disco lleno');
  });

  it('a straight run refuses work that would wait for another thread', () => {
    function* work(): Generator<Wait, string> {
      yield new Wait(Promise.resolve());
      return 'nunca';
    }
    expect(() => runSteps(work())).toThrow(/cannot wait/);
  });
});
