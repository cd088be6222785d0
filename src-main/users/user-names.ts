import { eq } from 'drizzle-orm';
import type { AppContext } from '../app/context';
import { users } from './users.schema';

/** A user's full name by id (null for none, or a user not known on this PC). */
export function userName(ctx: AppContext, userId: string | null): string | null {
  if (!userId) return null;
  return ctx.db.select({ name: users.fullName }).from(users).where(eq(users.id, userId)).get()?.name ?? null;
}
