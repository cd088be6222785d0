import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { SessionInfo } from '../../src-shared/contract/types';
import type { recoverSchema } from '../../src-shared/session/schemas';
import { sessionText } from '../../src-shared/session/text';
import { inTransaction, type AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { recordAudit } from '../audit/audit-service';
import { openWithRecoveryKey, readKeySlots, WrongSecretError } from '../crypto/key-slots';
import { requireLocalSiteId } from '../site/site-service';
import { hashPassword } from '../users/passwords';
import { findLocalUser } from '../users/user-records';
import { userCredentials } from '../users/users.schema';
import { login } from './session-service';

const t = sessionText.recovery;

/**
 * When every password is lost (18.4): the recovery key printed at setup proves the right to the data;
 * it sets a new password for an active admin of this site, who is signed in (and whose slot follows).
 */
export async function recoverWithKey(ctx: AppContext, input: z.output<typeof recoverSchema>): Promise<SessionInfo> {
  const slots = readKeySlots(ctx.dataDir);
  if (!slots || !ctx.databaseKey) throw new AppError('VALIDATION', t.notEncrypted);
  let key: Buffer;
  try {
    key = openWithRecoveryKey(slots, input.recoveryKey);
  } catch (error) {
    if (!(error instanceof WrongSecretError)) throw error;
    inTransaction(ctx, () => recordAudit(ctx, { action: 'session.loginFailed', outcome: 'refused', actor: { userId: null, username: input.username }, detail: t.wrongKey }));
    throw new AppError('INVALID_CREDENTIALS', t.wrongKey);
  }
  if (!key.equals(ctx.databaseKey)) throw new AppError('INVALID_CREDENTIALS', t.wrongKey);
  const found = findLocalUser(ctx, requireLocalSiteId(ctx), { username: input.username });
  if (found?.user.role !== 'admin' || !found.user.active) throw new AppError('VALIDATION', t.adminOnly, { username: t.adminOnly });
  const passwordHash = await hashPassword(input.password);
  inTransaction(ctx, () => {
    ctx.db.update(userCredentials).set({ passwordHash, mustChangePassword: false, failedAttempts: 0, lockedUntil: null }).where(eq(userCredentials.userId, found.user.id)).run();
    recordAudit(ctx, { action: 'users.resetPassword', recordTable: 'users', recordId: found.user.id, actor: { userId: found.user.id, username: found.user.username }, detail: `${found.user.fullName} (${found.user.username}), ${t.audit}` });
  });
  return login(ctx, { username: input.username, password: input.password });
}
