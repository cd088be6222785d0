import { and, eq } from 'drizzle-orm';
import type { Draft } from '../../src-shared/drafts/schemas';
import type { AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { formDrafts } from './drafts.schema';

function currentUserId(ctx: AppContext): string {
  const session = ctx.session.current;
  if (!session) throw new AppError('UNAUTHENTICATED', 'Inicie sesión.');
  return session.userId;
}

/** Drafts belong to the user who typed them: another user on the same PC never sees them. */
export function getDraft(ctx: AppContext, formKey: string): Draft | null {
  const row = ctx.db
    .select()
    .from(formDrafts)
    .where(and(eq(formDrafts.userId, currentUserId(ctx)), eq(formDrafts.formKey, formKey)))
    .get();
  return row ? { data: JSON.parse(row.data) as unknown, savedAt: row.savedAt } : null;
}

export function putDraft(ctx: AppContext, formKey: string, data: unknown): null {
  const json = JSON.stringify(data);
  const savedAt = new Date(ctx.now()).toISOString();
  ctx.db
    .insert(formDrafts)
    .values({ userId: currentUserId(ctx), formKey, data: json, savedAt })
    .onConflictDoUpdate({ target: [formDrafts.userId, formDrafts.formKey], set: { data: json, savedAt } })
    .run();
  return null;
}

export function clearDraft(ctx: AppContext, formKey: string): null {
  ctx.db
    .delete(formDrafts)
    .where(and(eq(formDrafts.userId, currentUserId(ctx)), eq(formDrafts.formKey, formKey)))
    .run();
  return null;
}
