import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { SessionInfo } from '../../src-shared/contract/types';
import type { changePasswordSchema, loginSchema } from '../../src-shared/session/schemas';
import {
  AFTER_SUCCESSFUL_LOGIN,
  afterFailedLogin,
  isLoginLocked,
  LOGIN_MAX_FAILURES,
  lockoutMinutesLeft,
  type LoginThrottleState,
} from '../../src-shared/session/login-throttle';
import { sessionText } from '../../src-shared/session/text';
import { permissionsOf } from '../../src-shared/users/roles';
import { inTransaction, type AppContext } from '../app/context';
import { AppError, fieldError } from '../app/errors';
import { recordAudit } from '../audit/audit-service';
import { requireLocalSiteId } from '../site/site-service';
import { hashPassword, verifyAgainstDummy, verifyPassword } from '../users/passwords';
import { findLocalUser, type LocalUser } from '../users/user-records';
import { userCredentials } from '../users/users.schema';
import type { ActiveSession } from './session-store';

const t = sessionText.errors;

export function sessionInfo(session: ActiveSession): SessionInfo {
  return {
    userId: session.userId,
    username: session.username,
    fullName: session.fullName,
    role: session.role,
    permissions: permissionsOf(session.role),
    locked: session.locked,
    mustChangePassword: session.mustChangePassword,
  };
}

function throttleOf(found: LocalUser): LoginThrottleState {
  return { failedAttempts: found.credentials.failedAttempts, lockedUntilMs: found.credentials.lockedUntil };
}

function saveThrottle(ctx: AppContext, userId: string, state: LoginThrottleState, extra: { lastLoginAt?: number } = {}) {
  ctx.db
    .update(userCredentials)
    .set({ failedAttempts: state.failedAttempts, lockedUntil: state.lockedUntilMs, ...extra })
    .where(eq(userCredentials.userId, userId))
    .run();
}

function lockedOutError(state: LoginThrottleState, nowMs: number): AppError {
  return new AppError('ACCOUNT_LOCKED', t.accountLocked(lockoutMinutesLeft(state, nowMs)));
}

/**
 * Checks a password with lockout: five wrong passwords in a row lock the account for a few minutes.
 * The slow hash runs before the transaction; the counter is re-read inside it so parallel attempts count.
 */
async function checkPassword(ctx: AppContext, siteId: string, found: LocalUser, password: string): Promise<void> {
  const before = throttleOf(found);
  if (isLoginLocked(before, ctx.now())) {
    recordAudit(ctx, { action: 'session.loginFailed', outcome: 'refused', actor: actorOf(found), detail: 'usuario bloqueado' });
    throw lockedOutError(before, ctx.now());
  }
  if (await verifyPassword(password, found.credentials.passwordHash)) return;
  const error = inTransaction(ctx, () => {
    const now = ctx.now();
    const current = findLocalUser(ctx, siteId, { id: found.user.id });
    const state = afterFailedLogin(current ? throttleOf(current) : before, now);
    saveThrottle(ctx, found.user.id, state);
    recordAudit(ctx, { action: 'session.loginFailed', outcome: 'refused', actor: actorOf(found), detail: 'contraseña incorrecta' });
    if (isLoginLocked(state, now)) {
      recordAudit(ctx, { action: 'session.accountLocked', outcome: 'refused', actor: actorOf(found) });
      return lockedOutError(state, now);
    }
    const left = LOGIN_MAX_FAILURES - state.failedAttempts;
    return new AppError('INVALID_CREDENTIALS', `${t.invalidCredentials} ${t.attemptsLeft(left)}`);
  });
  throw error;
}

function actorOf(found: LocalUser) {
  return { userId: found.user.id, username: found.user.username };
}

export async function login(ctx: AppContext, input: z.output<typeof loginSchema>): Promise<SessionInfo> {
  const siteId = requireLocalSiteId(ctx);
  const found = findLocalUser(ctx, siteId, { username: input.username });
  if (!found) {
    await verifyAgainstDummy(input.password);
    recordAudit(ctx, {
      action: 'session.loginFailed',
      outcome: 'refused',
      actor: { userId: null, username: input.username },
      detail: 'usuario inexistente',
    });
    throw new AppError('INVALID_CREDENTIALS', t.invalidCredentials);
  }
  await checkPassword(ctx, siteId, found, input.password);
  if (!found.user.active) {
    recordAudit(ctx, { action: 'session.loginFailed', outcome: 'refused', actor: actorOf(found), detail: 'usuario desactivado' });
    throw new AppError('INVALID_CREDENTIALS', t.inactive);
  }
  const previous = ctx.session.current;
  const now = ctx.now();
  const session: ActiveSession = {
    userId: found.user.id,
    username: found.user.username,
    fullName: found.user.fullName,
    role: found.user.role,
    locked: false,
    mustChangePassword: found.credentials.mustChangePassword,
    lastActivityMs: now,
  };
  inTransaction(ctx, () => {
    saveThrottle(ctx, found.user.id, AFTER_SUCCESSFUL_LOGIN, { lastLoginAt: now });
    if (previous) recordAudit(ctx, { action: 'session.logout', detail: `cambio de usuario a ${found.user.username}` });
    ctx.session.current = session;
    recordAudit(ctx, { action: 'session.login' });
  });
  return sessionInfo(session);
}

export function requireSession(ctx: AppContext): ActiveSession {
  const session = ctx.session.current;
  if (!session) throw new AppError('UNAUTHENTICATED', t.unauthenticated);
  return session;
}

export function logout(ctx: AppContext): null {
  recordAudit(ctx, { action: 'session.logout' });
  ctx.session.current = null;
  return null;
}

export function lockSession(ctx: AppContext): null {
  const session = requireSession(ctx);
  if (!session.locked) {
    session.locked = true;
    recordAudit(ctx, { action: 'session.lock' });
  }
  return null;
}

/** Only the signed-in user unlocks; wrong passwords count towards the same lockout as at sign-in. */
export async function unlockSession(ctx: AppContext, password: string): Promise<SessionInfo> {
  const session = requireSession(ctx);
  const siteId = requireLocalSiteId(ctx);
  const found = findLocalUser(ctx, siteId, { id: session.userId });
  if (!found?.user.active) throw new AppError('UNAUTHENTICATED', t.inactive);
  try {
    await checkPassword(ctx, siteId, found, password);
  } catch (error) {
    if (error instanceof AppError && error.code === 'INVALID_CREDENTIALS') {
      throw fieldError('password', error.message.replace(t.invalidCredentials, t.wrongPassword), 'INVALID_CREDENTIALS');
    }
    throw error;
  }
  inTransaction(ctx, () => {
    saveThrottle(ctx, found.user.id, AFTER_SUCCESSFUL_LOGIN);
    session.locked = false;
    session.lastActivityMs = ctx.now();
    recordAudit(ctx, { action: 'session.unlock' });
  });
  return sessionInfo(session);
}

export async function changeOwnPassword(ctx: AppContext, input: z.output<typeof changePasswordSchema>): Promise<SessionInfo> {
  const session = requireSession(ctx);
  if (session.locked) throw new AppError('SESSION_LOCKED', t.locked);
  const siteId = requireLocalSiteId(ctx);
  const found = findLocalUser(ctx, siteId, { id: session.userId });
  if (!found) throw new AppError('UNAUTHENTICATED', t.unauthenticated);
  if (!(await verifyPassword(input.currentPassword, found.credentials.passwordHash))) {
    recordAudit(ctx, { action: 'session.changePassword', outcome: 'refused', detail: 'contraseña actual incorrecta' });
    throw fieldError('currentPassword', t.wrongPassword, 'INVALID_CREDENTIALS');
  }
  const passwordHash = await hashPassword(input.password);
  inTransaction(ctx, () => {
    ctx.db
      .update(userCredentials)
      .set({ passwordHash, mustChangePassword: false })
      .where(eq(userCredentials.userId, session.userId))
      .run();
    session.mustChangePassword = false;
    recordAudit(ctx, { action: 'session.changePassword', recordTable: 'users', recordId: session.userId });
  });
  return sessionInfo(session);
}
