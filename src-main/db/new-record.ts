import type { AppContext } from '../app/context';
import { requireLocalSiteId } from '../site/site-service';
import { newId } from '../../src-shared/sync/ids';
import { issueStamp } from './clock';

/**
 * The sync and authorship columns of a record created now at this site (DESIGN.md "Data that syncs").
 * Call inside the write's transaction: the clock stamp is persisted with it.
 */
export function newRecordColumns(ctx: AppContext) {
  const siteId = requireLocalSiteId(ctx);
  const now = ctx.now();
  return {
    id: newId(now),
    ownerSiteId: siteId,
    hlc: issueStamp(ctx.db, siteId, now),
    deleted: false,
    createdAt: now,
    createdBy: ctx.session.current?.userId ?? null,
  };
}

/** The new clock stamp of a record changed now. */
export function changeStamp(ctx: AppContext): { hlc: string } {
  return { hlc: issueStamp(ctx.db, requireLocalSiteId(ctx), ctx.now()) };
}
