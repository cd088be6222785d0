import { describe, expect, it } from 'vitest';
import { checkReceivedStamp, compareHlc, formatHlc, MAX_STAMP_AHEAD_MS, nextLocalStamp, parseHlc, receiveStamp } from '../../src-shared/sync/hlc';

const SITE = '0190a1b2-0000-7000-8000-000000000001';
const OTHER = '0190a1b2-0000-7000-8000-000000000002';
const T = Date.UTC(2026, 1, 28, 23, 59, 59, 999);

describe('hybrid logical clock', () => {
  it('round-trips through its text form', () => {
    const stamp = { wallMs: T, counter: 42, siteId: SITE };
    expect(parseHlc(formatHlc(stamp))).toEqual(stamp);
  });

  it.each([
    ['first stamp takes the wall clock', null, T, { wallMs: T, counter: 0 }],
    ['clock moved forward', { wallMs: T - 1000, counter: 7 }, T, { wallMs: T, counter: 0 }],
    ['same millisecond', { wallMs: T, counter: 3 }, T, { wallMs: T, counter: 4 }],
    ['PC clock set back two days', { wallMs: T, counter: 0 }, T - 2 * 86_400_000, { wallMs: T, counter: 1 }],
    ['counter overflow rolls into the next millisecond', { wallMs: T, counter: 999_999 }, T, { wallMs: T + 1, counter: 0 }],
  ] as const)('%s', (_name, last, now, expected) => {
    const next = nextLocalStamp(last ? { ...last, siteId: SITE } : null, now, SITE);
    expect(next).toEqual({ ...expected, siteId: SITE });
  });

  it('orders a site\'s own changes even when its clock goes backwards', () => {
    let last = null;
    const stamps: string[] = [];
    for (const now of [T, T + 5, T - 60_000, T - 60_000, T + 2]) {
      last = nextLocalStamp(last, now, SITE);
      stamps.push(formatHlc(last));
    }
    expect([...stamps].sort(compareHlc)).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });

  it('after receiving a remote stamp, local stamps sort after it', () => {
    const remote = { wallMs: T + 3_600_000, counter: 5, siteId: OTHER };
    const merged = receiveStamp({ wallMs: T, counter: 0, siteId: SITE }, remote, T, SITE);
    const next = nextLocalStamp(merged, T, SITE);
    expect(compareHlc(formatHlc(next), formatHlc(remote))).toBe(1);
  });

  it('breaks ties between sites by site id, never equal', () => {
    const a = formatHlc({ wallMs: T, counter: 1, siteId: SITE });
    const b = formatHlc({ wallMs: T, counter: 1, siteId: OTHER });
    expect(compareHlc(a, b)).toBe(-1);
  });

  it('refuses text that is not a stamp', () => {
    expect(() => parseHlc('2026-02-28')).toThrow(/no válido/);
  });
});

describe('stamps received from another site', () => {
  const NOW = Date.UTC(2028, 1, 29, 12); // a leap day
  const stamp = (wallMs: number, site = SITE) => formatHlc({ wallMs, counter: 999_999, siteId: site });
  it.each([
    ['from the past (a PC set years back)', stamp(Date.UTC(2001, 0, 1)), 'ok'],
    ['now', stamp(NOW), 'ok'],
    ['exactly a week ahead', stamp(NOW + MAX_STAMP_AHEAD_MS), 'ok'],
    ['a week and a millisecond ahead', stamp(NOW + MAX_STAMP_AHEAD_MS + 1), 'ahead'],
    ['the largest stamp there is', '9999999999999-999999-x', 'ahead'],
    ['a date instead of a stamp', '2028-02-29', 'malformed'],
    ['a site part with spaces or quotes', `${String(NOW)}-000000-a b'`, 'malformed'],
    ['a site part too long', `${String(NOW)}-000000-${'a'.repeat(65)}`, 'malformed'],
    ['a number', NOW, 'malformed'],
    ['nothing', null, 'malformed'],
  ] as const)('%s', (_name, text, expected) => {
    expect(checkReceivedStamp(text, NOW)).toBe(expected);
  });

  it('a stamp within the bound, merged, still leaves room for local stamps (no overflow)', () => {
    const remote = parseHlc(stamp(NOW + MAX_STAMP_AHEAD_MS));
    let last = receiveStamp(null, remote, NOW, SITE);
    for (let i = 0; i < 3; i += 1) last = nextLocalStamp(last, NOW, SITE);
    expect(parseHlc(formatHlc(last)).wallMs).toBe(NOW + MAX_STAMP_AHEAD_MS + 1);
  });
});
