import { attachmentsText } from '../../src-shared/attachments/text';
import type { AppContext } from '../app/context';
import { AppError } from '../app/errors';
import type { HandlersFor } from '../ipc/handler-types';
import { getSettings } from '../settings/settings-service';
import { prepareAttachment, storeAttachment, type StoredAttachment } from './ingest';
import { linkAttachment, listRecordAttachments, readLinkedContent, requireReplaceable, type LinkTarget } from './links';
import { requireKindAllowed, requireRecordAccess } from './record-access';
import { importFromInbox, listInbox } from './scan-inbox';

function inboxFolder(ctx: AppContext): string {
  const folder = getSettings(ctx).scanInboxFolder;
  if (!folder) throw new AppError('NOT_FOUND', attachmentsText.errors.noInbox);
  return folder;
}

/** Checks the role and the record before any file work, then stores, links and returns the record's list. */
async function attach(ctx: AppContext, target: LinkTarget, store: () => Promise<StoredAttachment>) {
  requireRecordAccess(ctx, target.recordTable, target.recordId, 'write');
  requireKindAllowed(target.recordTable, target.kind);
  // A refused link stores nothing (issue 17.17): every check that can refuse runs before the file work.
  requireReplaceable(ctx, target);
  const stored = await store();
  linkAttachment(ctx, stored, target);
  return listRecordAttachments(ctx, target.recordTable, target.recordId);
}

export const attachmentsHandlers: HandlersFor<
  'attachments.list' | 'attachments.upload' | 'attachments.content' | 'attachments.inbox' | 'attachments.assignFromInbox'
> = {
  'attachments.list': (ctx, input) => {
    requireRecordAccess(ctx, input.recordTable, input.recordId, 'read');
    return listRecordAttachments(ctx, input.recordTable, input.recordId);
  },
  'attachments.upload': (ctx, input) =>
    attach(ctx, input, async () => {
      const bytes = Buffer.from(input.dataBase64, 'base64');
      return storeAttachment(ctx, await prepareAttachment(input.fileName, bytes, { grayscale: input.grayscale }));
    }),
  'attachments.content': (ctx, input) => {
    requireRecordAccess(ctx, input.recordTable, input.recordId, 'read');
    return readLinkedContent(ctx, input.recordTable, input.recordId, input.linkId);
  },
  'attachments.inbox': (ctx) => {
    const folder = getSettings(ctx).scanInboxFolder;
    return { folder: folder || null, files: folder ? listInbox(folder) : [] };
  },
  'attachments.assignFromInbox': (ctx, input) =>
    attach(ctx, input, () => importFromInbox(ctx, inboxFolder(ctx), input.name, { grayscale: input.grayscale })),
};
