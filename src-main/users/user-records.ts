import { and, eq } from 'drizzle-orm';
import type { UserRow } from '../../src-shared/contract/types';
import type { Role } from '../../src-shared/users/roles';
import { newId } from '../../src-shared/sync/ids';
import type { AppContext } from '../app/context';
import { issueStamp } from '../db/clock';
import { userCredentials, users } from './users.schema';

export interface UserFields {
  readonly fullName: string;
  readonly username: string;
  readonly role: Role;
}

/** Inserts a user and its credentials; call inside a transaction. */
export function insertUser(
  ctx: AppContext,
  siteId: string,
  fields: UserFields,
  passwordHash: string,
  options: { mustChangePassword: boolean; createdBy: string | null; id?: string; signedInAt?: number },
): string {
  const now = ctx.now();
  const id = options.id ?? newId(now);
  ctx.db
    .insert(users)
    .values({
      id,
      ownerSiteId: siteId,
      hlc: issueStamp(ctx.db, siteId, now),
      deleted: false,
      username: fields.username,
      fullName: fields.fullName,
      role: fields.role,
      active: true,
      createdAt: now,
      createdBy: options.createdBy,
    })
    .run();
  ctx.db
    .insert(userCredentials)
    .values({
      userId: id,
      passwordHash,
      mustChangePassword: options.mustChangePassword,
      failedAttempts: 0,
      lastLoginAt: options.signedInAt ?? null,
    })
    .run();
  return id;
}

export function findLocalUser(ctx: AppContext, siteId: string, match: { username: string } | { id: string }) {
  const condition = 'id' in match ? eq(users.id, match.id) : eq(users.username, match.username);
  return ctx.db
    .select({ user: users, credentials: userCredentials })
    .from(users)
    .innerJoin(userCredentials, eq(userCredentials.userId, users.id))
    .where(and(condition, eq(users.ownerSiteId, siteId), eq(users.deleted, false)))
    .get();
}

export type LocalUser = NonNullable<ReturnType<typeof findLocalUser>>;

export function toUserRow(found: LocalUser, hasWrittenRecords: boolean): UserRow {
  return {
    id: found.user.id,
    username: found.user.username,
    fullName: found.user.fullName,
    role: found.user.role,
    active: found.user.active,
    createdAt: found.user.createdAt,
    lastLoginAt: found.credentials.lastLoginAt,
    hasWrittenRecords,
  };
}
