import { and, eq } from 'drizzle-orm';
import {
  DEFAULT_MAX_INPUT_BYTES,
  DEFAULT_MAX_LONG_SIDE,
  isSafeFileName,
  type StoredMime,
} from '../../src-shared/attachments/kinds';
import { attachmentsText } from '../../src-shared/attachments/text';
import { newId } from '../../src-shared/sync/ids';
import { inTransaction, type AppContext } from '../app/context';
import { recordAudit } from '../audit/audit-service';
import { issueStamp } from '../db/clock';
import { requireLocalSiteId } from '../site/site-service';
import { attachments } from './attachments.schema';
import { sha256Hex } from './blob-store';
import { rejected } from './errors';
import { normalizeImage } from './normalize';
import { inspectPdf } from './pdf-check';
import { sniffType } from './sniff';

const t = attachmentsText.errors;

export interface IngestOptions {
  readonly maxInputBytes?: number;
  readonly maxLongSide?: number;
  /** Documents scanned in colour but meant to be read: smaller in gray. */
  readonly grayscale?: boolean;
}

export interface PreparedAttachment {
  readonly originalName: string;
  readonly sourceSha256: string;
  readonly sourceByteSize: number;
  readonly bytes: Buffer;
  readonly mime: StoredMime;
  readonly pageCount: number;
  readonly width: number | null;
  readonly height: number | null;
  readonly grayscale: boolean;
}

function toMb(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}

/** Checks and normalises a file, all before any transaction: refused files leave nothing behind. */
export async function prepareAttachment(fileName: string, input: Uint8Array, options: IngestOptions = {}): Promise<PreparedAttachment> {
  if (!isSafeFileName(fileName)) throw rejected(t.badName);
  const maxBytes = options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  if (input.length === 0) throw rejected(t.empty(fileName));
  if (input.length > maxBytes) throw rejected(t.tooLarge(fileName, toMb(input.length), toMb(maxBytes)));
  const sniffed = sniffType(input);
  if (!sniffed.accepted) {
    throw rejected(sniffed.looksLike ? t.notAccepted(fileName, sniffed.looksLike) : t.unknownType(fileName));
  }
  const source = { originalName: fileName, sourceSha256: sha256Hex(input), sourceByteSize: input.length };
  if (sniffed.mime === 'application/pdf') {
    const { pageCount } = await inspectPdf(input, fileName);
    return { ...source, bytes: Buffer.from(input), mime: 'application/pdf', pageCount, width: null, height: null, grayscale: false };
  }
  const grayscale = options.grayscale ?? false;
  const image = await normalizeImage(input, fileName, { maxLongSide: options.maxLongSide ?? DEFAULT_MAX_LONG_SIDE, grayscale });
  return { ...source, bytes: image.bytes, mime: 'image/jpeg', pageCount: 1, width: image.width, height: image.height, grayscale };
}

export interface StoredAttachment {
  readonly attachmentId: string;
  readonly sha256: string;
  /** True when this content was already stored: nothing new was written. */
  readonly deduplicated: boolean;
}

/** An attachment this site already stored from the same source file, if its bytes are still intact. */
export function findBySource(ctx: AppContext, sourceSha256: string): StoredAttachment | null {
  const siteId = requireLocalSiteId(ctx);
  const row = ctx.db
    .select({ id: attachments.id, sha256: attachments.sha256 })
    .from(attachments)
    .where(and(eq(attachments.ownerSiteId, siteId), eq(attachments.sourceSha256, sourceSha256), eq(attachments.deleted, false)))
    .get();
  if (!row || !ctx.blobs.isIntact(row.sha256)) return null;
  return { attachmentId: row.id, sha256: row.sha256, deduplicated: true };
}

/**
 * Writes the bytes durably and checks them, then records the attachment in one short transaction. A crash
 * before the transaction leaves at most an unreferenced file, never a record without its file.
 */
export function storeAttachment(ctx: AppContext, prepared: PreparedAttachment): StoredAttachment {
  const existing = findBySource(ctx, prepared.sourceSha256);
  if (existing) return existing;
  const sha256 = ctx.blobs.put(prepared.bytes);
  if (!ctx.blobs.isIntact(sha256)) throw rejected(t.blobCorrupt);
  const siteId = requireLocalSiteId(ctx);
  return inTransaction(ctx, () => {
    const again = findBySource(ctx, prepared.sourceSha256);
    if (again) return again;
    const now = ctx.now();
    const id = newId(now);
    ctx.db
      .insert(attachments)
      .values({
        id,
        ownerSiteId: siteId,
        hlc: issueStamp(ctx.db, siteId, now),
        deleted: false,
        sha256,
        sourceSha256: prepared.sourceSha256,
        mime: prepared.mime,
        byteSize: prepared.bytes.length,
        sourceByteSize: prepared.sourceByteSize,
        pageCount: prepared.pageCount,
        width: prepared.width,
        height: prepared.height,
        grayscale: prepared.grayscale,
        originalName: prepared.originalName,
        createdAt: now,
        createdBy: ctx.session.current?.userId ?? null,
      })
      .run();
    recordAudit(ctx, {
      action: 'attachments.store',
      recordTable: 'attachments',
      recordId: id,
      detail: `${prepared.originalName}: ${prepared.pageCount} pág., ${Math.round(prepared.bytes.length / 1024)} KB`,
    });
    return { attachmentId: id, sha256, deduplicated: false };
  });
}
