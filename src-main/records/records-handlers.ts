import type { HandlersFor } from '../ipc/handler-types';
import { editForm, editRecord } from './edit-service';
import { mergeRecords } from './merge-service';

export const recordsHandlers: HandlersFor<'records.editForm' | 'records.edit' | 'records.merge'> = {
  'records.editForm': (ctx, input) => editForm(ctx, input.table, input.id),
  'records.edit': (ctx, input) => editRecord(ctx, input),
  'records.merge': (ctx, input) => mergeRecords(ctx, input),
};
