import crypto from 'node:crypto';
import type { AppContext } from '../app/context';

/**
 * Printed documents waiting to be previewed or printed: kept in memory, the newest few, never on disk,
 * each for the user who asked for it (issue 17.15). It is served only while that user is signed in and
 * the screen is not locked; signing out or switching user forgets them all.
 */
const KEEP = 20;

interface Printed {
  readonly html: string;
  readonly userId: string;
}

const stores = new WeakMap<AppContext, Map<string, Printed>>();

/** Page path of a printed document (`print/<random>`): unguessable, served by the app itself. */
export function rememberPrinted(ctx: AppContext, html: string): string {
  const store = stores.get(ctx) ?? new Map<string, Printed>();
  stores.set(ctx, store);
  const token = crypto.randomUUID();
  store.set(token, { html, userId: ctx.session.current?.userId ?? '' });
  while (store.size > KEEP) store.delete(store.keys().next().value ?? '');
  return `print/${token}`;
}

/** The document for a request path `/print/<token>`, or null (also while locked or for another user). */
export function printedAt(ctx: AppContext, pathname: string): string | null {
  const match = /^\/print\/([0-9a-f-]{36})$/.exec(pathname);
  const printed = match?.[1] ? stores.get(ctx)?.get(match[1]) : undefined;
  const session = ctx.session.current;
  if (!printed || !session || session.locked || session.userId !== printed.userId) return null;
  return printed.html;
}

/** Called when the person at the keyboard changes: nothing printed before stays reachable. */
export function forgetPrinted(ctx: AppContext): void {
  stores.delete(ctx);
}
