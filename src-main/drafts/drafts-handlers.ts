import type { HandlersFor } from '../ipc/handler-types';
import { clearDraft, getDraft, putDraft } from './drafts-service';

export const draftsHandlers: HandlersFor<'drafts.get' | 'drafts.put' | 'drafts.clear'> = {
  'drafts.get': (ctx, input) => getDraft(ctx, input.formKey),
  'drafts.put': (ctx, input) => putDraft(ctx, input.formKey, input.data),
  'drafts.clear': (ctx, input) => clearDraft(ctx, input.formKey),
};
