/**
 * Hybrid logical clock stamps (Kulkarni et al.). A stamp is wall time + counter + site id, serialised so
 * that plain string comparison orders stamps: a site whose PC clock jumps backwards still orders its own
 * changes (the counter advances), and two sites never produce equal stamps (the site id breaks ties).
 */
export interface Hlc {
  readonly wallMs: number;
  readonly counter: number;
  readonly siteId: string;
}

const WALL_DIGITS = 13; // milliseconds up to the year 2286
const COUNTER_DIGITS = 6;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;

export function formatHlc(stamp: Hlc): string {
  return `${String(stamp.wallMs).padStart(WALL_DIGITS, '0')}-${String(stamp.counter).padStart(COUNTER_DIGITS, '0')}-${stamp.siteId}`;
}

export function parseHlc(text: string): Hlc {
  const match = /^(\d{13})-(\d{6})-(.+)$/.exec(text);
  if (!match?.[1] || !match[2] || !match[3]) throw new Error(`Sello de reloj no válido: ${text}`);
  return { wallMs: Number(match[1]), counter: Number(match[2]), siteId: match[3] };
}

export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function bump(wallMs: number, counter: number, siteId: string): Hlc {
  if (counter > MAX_COUNTER) return { wallMs: wallMs + 1, counter: 0, siteId };
  return { wallMs, counter, siteId };
}

/** The stamp for a local change: never lower than the last stamp this site issued or saw. */
export function nextLocalStamp(last: Hlc | null, nowMs: number, siteId: string): Hlc {
  const wall = Math.floor(nowMs);
  if (!last || wall > last.wallMs) return { wallMs: wall, counter: 0, siteId };
  return bump(last.wallMs, last.counter + 1, siteId);
}

/** Merge a stamp received from another site so that later local stamps sort after it. */
export function receiveStamp(last: Hlc | null, remote: Hlc, nowMs: number, siteId: string): Hlc {
  const wall = Math.floor(nowMs);
  const lastWall = last?.wallMs ?? 0;
  const lastCounter = last?.counter ?? 0;
  const maxWall = Math.max(wall, lastWall, remote.wallMs);
  if (maxWall === lastWall && maxWall === remote.wallMs) {
    return bump(maxWall, Math.max(lastCounter, remote.counter) + 1, siteId);
  }
  if (maxWall === lastWall) return bump(maxWall, lastCounter + 1, siteId);
  if (maxWall === remote.wallMs) return bump(maxWall, remote.counter + 1, siteId);
  return { wallMs: maxWall, counter: 0, siteId };
}

/**
 * How far ahead of the receiver's own clock a received stamp may be. A stamp further ahead would drag the
 * receiver's clock (and every later local stamp there) into the future, so that its changes win by
 * accident — or, at the extreme, overflow the stamp's 13 digits and stop every write. A week tolerates a
 * PC with the wrong date by days; a stamp from the past is harmless (it only loses) and is accepted.
 */
export const MAX_STAMP_AHEAD_MS = 7 * 86_400_000;

const RECEIVED_STAMP = /^(\d{13})-(\d{6})-([0-9A-Za-z-]{1,64})$/;

export type ReceivedStampCheck = 'ok' | 'malformed' | 'ahead';

/** Whether a stamp that arrived from another site may be applied, against the receiver's wall clock. */
export function checkReceivedStamp(text: unknown, receiverNowMs: number): ReceivedStampCheck {
  if (typeof text !== 'string') return 'malformed';
  const match = RECEIVED_STAMP.exec(text);
  if (!match) return 'malformed';
  return Number(match[1]) > receiverNowMs + MAX_STAMP_AHEAD_MS ? 'ahead' : 'ok';
}
