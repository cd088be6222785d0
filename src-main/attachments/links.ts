import { and, asc, eq } from 'drizzle-orm';
import type { AttachmentKind } from '../../src-shared/attachments/kinds';
import type { AttachableTable } from '../../src-shared/attachments/records';
import { ATTACHMENT_KIND_LABELS, attachmentsText } from '../../src-shared/attachments/text';
import type { AttachmentContent, AttachmentInfo, RecordAttachments } from '../../src-shared/contract/types';
import { newId } from '../../src-shared/sync/ids';
import { inTransaction, type AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { recordAudit } from '../audit/audit-service';
import { issueStamp } from '../db/clock';
import { requireLocalSiteId } from '../site/site-service';
import { attachmentLinks, attachments } from './attachments.schema';
import type { StoredAttachment } from './ingest';
import { thumbnailDataUrl } from './normalize';

export interface LinkTarget {
  readonly recordTable: AttachableTable;
  readonly recordId: string;
  readonly kind: AttachmentKind;
  readonly replacesLinkId: string | null;
}

function currentLink(ctx: AppContext, target: { recordTable: string; recordId: string }, linkId: string) {
  return ctx.db
    .select()
    .from(attachmentLinks)
    .where(
      and(
        eq(attachmentLinks.id, linkId),
        eq(attachmentLinks.recordTable, target.recordTable),
        eq(attachmentLinks.recordId, target.recordId),
        eq(attachmentLinks.deleted, false),
      ),
    )
    .get();
}

/** The link a new document replaces must be a current one of that record: checked before any file work. */
export function requireReplaceable(ctx: AppContext, target: LinkTarget): void {
  if (!target.replacesLinkId) return;
  const old = currentLink(ctx, target, target.replacesLinkId);
  if (!old || old.replacedByLinkId) throw new AppError('CONFLICT', attachmentsText.errors.linkNotFound);
}

/** Ties a stored attachment to a record; replacing keeps the previous link, marked as replaced. */
export function linkAttachment(ctx: AppContext, stored: StoredAttachment, target: LinkTarget): string {
  const siteId = requireLocalSiteId(ctx);
  return inTransaction(ctx, () => {
    const now = ctx.now();
    const id = newId(now);
    if (target.replacesLinkId) {
      const old = currentLink(ctx, target, target.replacesLinkId);
      if (!old || old.replacedByLinkId) throw new AppError('CONFLICT', attachmentsText.errors.linkNotFound);
      ctx.db
        .update(attachmentLinks)
        .set({ replacedByLinkId: id, hlc: issueStamp(ctx.db, siteId, now) })
        .where(eq(attachmentLinks.id, old.id))
        .run();
    }
    ctx.db
      .insert(attachmentLinks)
      .values({
        id,
        ownerSiteId: siteId,
        hlc: issueStamp(ctx.db, siteId, now),
        deleted: false,
        attachmentId: stored.attachmentId,
        recordTable: target.recordTable,
        recordId: target.recordId,
        kind: target.kind,
        replacedByLinkId: null,
        createdAt: now,
        createdBy: ctx.session.current?.userId ?? null,
      })
      .run();
    recordAudit(ctx, {
      action: target.replacesLinkId ? 'attachments.replace' : 'attachments.link',
      recordTable: target.recordTable,
      recordId: target.recordId,
      detail: ATTACHMENT_KIND_LABELS[target.kind],
    });
    return id;
  });
}

function linkRows(ctx: AppContext, recordTable: string, recordId: string) {
  return ctx.db
    .select({ link: attachmentLinks, file: attachments })
    .from(attachmentLinks)
    .innerJoin(attachments, eq(attachments.id, attachmentLinks.attachmentId))
    .where(and(eq(attachmentLinks.recordTable, recordTable), eq(attachmentLinks.recordId, recordId), eq(attachmentLinks.deleted, false)))
    .orderBy(asc(attachmentLinks.createdAt), asc(attachmentLinks.id))
    .all();
}

async function toInfo(ctx: AppContext, row: ReturnType<typeof linkRows>[number]): Promise<AttachmentInfo> {
  let thumbnail: string | null = null;
  if (row.file.mime === 'image/jpeg' && ctx.blobs.isIntact(row.file.sha256)) {
    thumbnail = await thumbnailDataUrl(ctx.blobs.read(row.file.sha256));
  }
  return {
    linkId: row.link.id,
    attachmentId: row.file.id,
    kind: row.link.kind,
    mime: row.file.mime,
    originalName: row.file.originalName,
    pageCount: row.file.pageCount,
    byteSize: row.file.byteSize,
    createdAt: row.link.createdAt,
    createdBy: row.link.createdBy,
    replacedByLinkId: row.link.replacedByLinkId,
    flagMessage: row.link.flagMessage,
    thumbnail,
  };
}

export async function listRecordAttachments(ctx: AppContext, recordTable: string, recordId: string): Promise<RecordAttachments> {
  const infos = await Promise.all(linkRows(ctx, recordTable, recordId).map((row) => toInfo(ctx, row)));
  return {
    current: infos.filter((info) => info.replacedByLinkId === null),
    history: infos.filter((info) => info.replacedByLinkId !== null).reverse(),
  };
}

/** The verified bytes of one document of the record (current or in its history). */
export function readLinkedContent(ctx: AppContext, recordTable: string, recordId: string, linkId: string): AttachmentContent {
  const row = ctx.db
    .select({ file: attachments })
    .from(attachmentLinks)
    .innerJoin(attachments, eq(attachments.id, attachmentLinks.attachmentId))
    .where(
      and(
        eq(attachmentLinks.id, linkId),
        eq(attachmentLinks.recordTable, recordTable),
        eq(attachmentLinks.recordId, recordId),
        eq(attachmentLinks.deleted, false),
      ),
    )
    .get();
  if (!row) throw new AppError('NOT_FOUND', attachmentsText.errors.linkNotFound);
  return { mime: row.file.mime, pageCount: row.file.pageCount, dataBase64: ctx.blobs.read(row.file.sha256).toString('base64') };
}

