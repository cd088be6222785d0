import crypto from 'node:crypto';
import type { AppContext } from '../app/context';

/** Printed documents waiting to be previewed or printed: kept in memory, the newest few, never on disk. */
const KEEP = 20;
const stores = new WeakMap<AppContext, Map<string, string>>();

/** Page path of a printed document (`print/<random>`): unguessable, served by the app itself. */
export function rememberPrinted(ctx: AppContext, html: string): string {
  const store = stores.get(ctx) ?? new Map<string, string>();
  stores.set(ctx, store);
  const token = crypto.randomUUID();
  store.set(token, html);
  while (store.size > KEEP) store.delete(store.keys().next().value ?? '');
  return `print/${token}`;
}

/** The document for a request path `/print/<token>`, or null. */
export function printedAt(ctx: AppContext, pathname: string): string | null {
  const match = /^\/print\/([0-9a-f-]{36})$/.exec(pathname);
  return match?.[1] ? (stores.get(ctx)?.get(match[1]) ?? null) : null;
}
