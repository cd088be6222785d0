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
import { forgetPrinted } from '../printing/print-store';
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
 * Each attempt is counted as a failure *before* the slow hash, in its own transaction (issue 17.3):
 * parallel attempts cannot all see the account open, and at most five are ever checked per lock. A right
 * password then clears the count; a wrong one was counted already.
 */
async function checkPassword(ctx: AppContext, siteId: string, found: LocalUser, password: string): Promise<WrongPassword | null> {
  const counted = inTransaction(ctx, () => {
    const now = ctx.now();
    const current = findLocalUser(ctx, siteId, { id: found.user.id });
    const state = current ? throttleOf(current) : throttleOf(found);
    if (isLoginLocked(state, now)) {
      recordAudit(ctx, { action: 'session.loginFailed', outcome: 'refused', actor: actorOf(found), detail: 'usuario bloqueado' });
      return lockedOutError(state, now);
    }
    const next = afterFailedLogin(state, now);
    saveThrottle(ctx, found.user.id, next);
    return next;
  });
  if (counted instanceof AppError) throw counted;
  if (await verifyPassword(password, found.credentials.passwordHash)) {
    inTransaction(ctx, () => saveThrottle(ctx, found.user.id, AFTER_SUCCESSFUL_LOGIN));
    return null;
  }
  const locked = inTransaction(ctx, () => {
    const now = ctx.now();
    recordAudit(ctx, { action: 'session.loginFailed', outcome: 'refused', actor: actorOf(found), detail: 'contraseña incorrecta' });
    if (!isLoginLocked(counted, now)) return null;
    recordAudit(ctx, { action: 'session.accountLocked', outcome: 'refused', actor: actorOf(found) });
    return lockedOutError(counted, now);
  });
  if (locked) throw locked;
  return { attemptsLeft: LOGIN_MAX_FAILURES - counted.failedAttempts };
}

interface WrongPassword {
  readonly attemptsLeft: number;
}

/**
 * A username that does not exist gets the same answers as one that does (issue 17.14): the same slow
 * hash, the same "N intentos" and, after five, the same lock, counted in memory only.
 */
const unknownUserThrottles = new WeakMap<AppContext, Map<string, LoginThrottleState>>();
const MAX_UNKNOWN_USERNAMES = 10_000;

async function checkUnknownUser(ctx: AppContext, username: string, password: string): Promise<WrongPassword> {
  let throttles = unknownUserThrottles.get(ctx);
  if (!throttles) unknownUserThrottles.set(ctx, (throttles = new Map<string, LoginThrottleState>()));
  const key = username.toLowerCase();
  const state = throttles.get(key) ?? AFTER_SUCCESSFUL_LOGIN;
  if (isLoginLocked(state, ctx.now())) throw lockedOutError(state, ctx.now());
  const next = afterFailedLogin(state, ctx.now());
  throttles.delete(key);
  throttles.set(key, next);
  if (throttles.size > MAX_UNKNOWN_USERNAMES) throttles.delete(throttles.keys().next().value ?? '');
  await verifyAgainstDummy(password);
  if (isLoginLocked(next, ctx.now())) throw lockedOutError(next, ctx.now());
  return { attemptsLeft: LOGIN_MAX_FAILURES - next.failedAttempts };
}

function invalidCredentials(wrong: WrongPassword): AppError {
  return new AppError('INVALID_CREDENTIALS', `${t.invalidCredentials} ${t.attemptsLeft(wrong.attemptsLeft)}`);
}

function actorOf(found: LocalUser) {
  return { userId: found.user.id, username: found.user.username };
}

export async function login(ctx: AppContext, input: z.output<typeof loginSchema>): Promise<SessionInfo> {
  const siteId = requireLocalSiteId(ctx);
  const found = findLocalUser(ctx, siteId, { username: input.username });
  if (!found) {
    recordAudit(ctx, {
      action: 'session.loginFailed',
      outcome: 'refused',
      actor: { userId: null, username: input.username },
      detail: 'usuario inexistente',
    });
    throw invalidCredentials(await checkUnknownUser(ctx, input.username, input.password));
  }
  const wrong = await checkPassword(ctx, siteId, found, input.password);
  if (wrong) throw invalidCredentials(wrong);
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
    forgetPrinted(ctx);
    ctx.session.current = session;
    recordAudit(ctx, { action: 'session.login' });
  });
  return sessionInfo(session);
}

/**
 * The session follows the user's record on every call (issue 17.12): a user deactivated, deleted or
 * given a new role by an admin — in this window or another process on the same data folder — does not
 * keep acting with what was true at sign-in; a password reset elsewhere asks for a new one at once.
 */
export function refreshSession(ctx: AppContext): 'ended' | 'current' | 'none' {
  const session = ctx.session.current;
  if (!session) return 'none';
  const siteId = requireLocalSiteId(ctx);
  const found = findLocalUser(ctx, siteId, { id: session.userId });
  if (!found?.user.active) {
    recordAudit(ctx, { action: 'session.logout', detail: 'el usuario fue desactivado o eliminado' });
    ctx.session.current = null;
    forgetPrinted(ctx);
    return 'ended';
  }
  session.role = found.user.role;
  session.fullName = found.user.fullName;
  session.mustChangePassword = found.credentials.mustChangePassword;
  return 'current';
}

export function requireSession(ctx: AppContext): ActiveSession {
  const session = ctx.session.current;
  if (!session) throw new AppError('UNAUTHENTICATED', t.unauthenticated);
  return session;
}

export function logout(ctx: AppContext): null {
  recordAudit(ctx, { action: 'session.logout' });
  ctx.session.current = null;
  forgetPrinted(ctx);
  return null;
}

export function lockSession(ctx: AppContext): null {
  const session = requireSession(ctx);
  if (!session.locked) {
    session.locked = true;
    forgetPrinted(ctx);
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
  const wrong = await checkPassword(ctx, siteId, found, password);
  if (wrong) throw fieldError('password', `${t.wrongPassword} ${t.attemptsLeft(wrong.attemptsLeft)}`, 'INVALID_CREDENTIALS');
  inTransaction(ctx, () => {
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
  // A wrong current password counts toward the same lockout as at sign-in (issue 17.13); once locked,
  // the screen locks too: whoever is at the keyboard may not be the owner.
  let wrong: WrongPassword | null;
  try {
    wrong = await checkPassword(ctx, siteId, found, input.currentPassword);
  } catch (error) {
    if (error instanceof AppError && error.code === 'ACCOUNT_LOCKED') {
      session.locked = true;
      forgetPrinted(ctx);
    }
    throw error;
  }
  if (wrong) {
    recordAudit(ctx, { action: 'session.changePassword', outcome: 'refused', detail: 'contraseña actual incorrecta' });
    throw fieldError('currentPassword', `${t.wrongPassword} ${t.attemptsLeft(wrong.attemptsLeft)}`, 'INVALID_CREDENTIALS');
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
