import { and, eq, inArray, sql } from 'drizzle-orm';
import { RECORD_WRITE_ACTIONS } from '../../src-shared/audit/actions';
import type { UserRow } from '../../src-shared/contract/types';
import { ROLE_LABELS, usersText } from '../../src-shared/users/text';
import type { z } from 'zod';
import type { newUserSchema, resetPasswordSchema, setActiveSchema } from '../../src-shared/users/schemas';
import { AppError, fieldError } from '../app/errors';
import { inTransaction, type AppContext } from '../app/context';
import { auditLog } from '../audit/audit.schema';
import { recordAudit } from '../audit/audit-service';
import { issueStamp } from '../db/clock';
import { requireLocalSiteId } from '../site/site-service';
import { hashPassword } from './passwords';
import { findLocalUser, insertUser, toUserRow, type LocalUser } from './user-records';
import { userCredentials, users } from './users.schema';

const t = usersText.errors;

function writersAmong(ctx: AppContext, userIds: readonly string[]): Set<string> {
  if (userIds.length === 0) return new Set();
  const rows = ctx.db
    .selectDistinct({ userId: auditLog.userId })
    .from(auditLog)
    .where(
      and(inArray(auditLog.userId, [...userIds]), inArray(auditLog.action, [...RECORD_WRITE_ACTIONS]), eq(auditLog.outcome, 'ok')),
    )
    .all();
  return new Set(rows.map((row) => row.userId ?? ''));
}

function rowOf(ctx: AppContext, found: LocalUser): UserRow {
  return toUserRow(found, writersAmong(ctx, [found.user.id]).has(found.user.id));
}

function requireUser(ctx: AppContext, siteId: string, userId: string): LocalUser {
  const found = findLocalUser(ctx, siteId, { id: userId });
  if (!found) throw new AppError('NOT_FOUND', t.notFound);
  return found;
}

export function listUsers(ctx: AppContext): UserRow[] {
  const siteId = requireLocalSiteId(ctx);
  const rows = ctx.db
    .select({ user: users, credentials: userCredentials })
    .from(users)
    .innerJoin(userCredentials, eq(userCredentials.userId, users.id))
    .where(and(eq(users.ownerSiteId, siteId), eq(users.deleted, false)))
    .orderBy(sql`${users.active} DESC`, users.fullName)
    .all();
  const writers = writersAmong(
    ctx,
    rows.map((row) => row.user.id),
  );
  return rows.map((row) => toUserRow(row, writers.has(row.user.id)));
}

export async function createUser(ctx: AppContext, input: z.output<typeof newUserSchema>): Promise<UserRow> {
  const siteId = requireLocalSiteId(ctx);
  if (findLocalUser(ctx, siteId, { username: input.username })) throw fieldError('username', t.usernameTaken, 'CONFLICT');
  const passwordHash = await hashPassword(input.password);
  const id = inTransaction(ctx, () => {
    if (findLocalUser(ctx, siteId, { username: input.username })) throw fieldError('username', t.usernameTaken, 'CONFLICT');
    const created = insertUser(ctx, siteId, input, passwordHash, {
      mustChangePassword: false,
      createdBy: ctx.session.current?.userId ?? null,
    });
    recordAudit(ctx, {
      action: 'users.create',
      recordTable: 'users',
      recordId: created,
      detail: `${input.fullName} (${input.username}), ${ROLE_LABELS[input.role]}`,
    });
    return created;
  });
  return rowOf(ctx, requireUser(ctx, siteId, id));
}

function stampUser(ctx: AppContext, siteId: string, userId: string, change: Partial<typeof users.$inferInsert>): void {
  ctx.db
    .update(users)
    .set({ ...change, hlc: issueStamp(ctx.db, siteId, ctx.now()) })
    .where(eq(users.id, userId))
    .run();
}

/**
 * You cannot switch yourself off. Only an active admin gets here, so another admin always remains.
 */
function guardLosingAccess(ctx: AppContext, target: LocalUser): void {
  if (target.user.id === ctx.session.current?.userId) throw new AppError('CONFLICT', t.cannotDeactivateSelf);
}

export function setUserActive(ctx: AppContext, input: z.output<typeof setActiveSchema>): UserRow {
  const siteId = requireLocalSiteId(ctx);
  inTransaction(ctx, () => {
    const target = requireUser(ctx, siteId, input.userId);
    if (target.user.active === input.active) return;
    if (!input.active) guardLosingAccess(ctx, target);
    stampUser(ctx, siteId, target.user.id, { active: input.active });
    recordAudit(ctx, {
      action: input.active ? 'users.reactivate' : 'users.deactivate',
      recordTable: 'users',
      recordId: target.user.id,
      detail: `${target.user.fullName} (${target.user.username})`,
    });
  });
  return rowOf(ctx, requireUser(ctx, siteId, input.userId));
}

export async function resetUserPassword(ctx: AppContext, input: z.output<typeof resetPasswordSchema>): Promise<UserRow> {
  const siteId = requireLocalSiteId(ctx);
  requireUser(ctx, siteId, input.userId);
  const passwordHash = await hashPassword(input.password);
  inTransaction(ctx, () => {
    const target = requireUser(ctx, siteId, input.userId);
    ctx.db
      .update(userCredentials)
      .set({ passwordHash, mustChangePassword: true, failedAttempts: 0, lockedUntil: null })
      .where(eq(userCredentials.userId, target.user.id))
      .run();
    recordAudit(ctx, {
      action: 'users.resetPassword',
      recordTable: 'users',
      recordId: target.user.id,
      detail: `${target.user.fullName} (${target.user.username})`,
    });
  });
  return rowOf(ctx, requireUser(ctx, siteId, input.userId));
}

/** Only a user who never wrote a record can be deleted (a tombstone, like every delete that syncs). */
export function deleteUser(ctx: AppContext, userId: string): void {
  const siteId = requireLocalSiteId(ctx);
  inTransaction(ctx, () => {
    const target = requireUser(ctx, siteId, userId);
    if (writersAmong(ctx, [userId]).has(userId)) throw new AppError('CONFLICT', t.hasRecords);
    guardLosingAccess(ctx, target);
    stampUser(ctx, siteId, userId, { deleted: true, active: false });
    ctx.db.delete(userCredentials).where(eq(userCredentials.userId, userId)).run();
    recordAudit(ctx, {
      action: 'users.delete',
      recordTable: 'users',
      recordId: userId,
      detail: `${target.user.fullName} (${target.user.username})`,
    });
  });
}
