import { localSite } from '../site/site-service';
import { idleMinutesOf } from '../settings/settings-service';
import type { HandlersFor } from '../ipc/handler-types';
import { recoverWithKey } from './recovery-service';
import { changeOwnPassword, lockSession, login, logout, sessionInfo, unlockSession } from './session-service';

export const sessionHandlers: HandlersFor<
  | 'app.status'
  | 'setup.recoveryKeyKept'
  | 'session.recover'
  | 'session.login'
  | 'session.logout'
  | 'session.lock'
  | 'session.unlock'
  | 'session.activity'
  | 'session.changePassword'
> = {
  'app.status': (ctx) => ({
    appVersion: ctx.appVersion,
    site: localSite(ctx),
    session: ctx.session.current ? sessionInfo(ctx.session.current) : null,
    idleMinutes: idleMinutesOf(ctx),
    // Shown once, only to the admin who set the site up (or whose sign-in encrypted it), until kept.
    recoveryKey: ctx.pendingRecoveryKey && ctx.session.current?.username === ctx.pendingRecoveryKey.username ? ctx.pendingRecoveryKey.key : null,
    encrypted: ctx.databaseKey !== null,
  }),
  'setup.recoveryKeyKept': (ctx) => {
    ctx.pendingRecoveryKey = null;
    return null;
  },
  'session.login': (ctx, input) => login(ctx, input),
  'session.recover': (ctx, input) => recoverWithKey(ctx, input),
  'session.logout': (ctx) => logout(ctx),
  'session.lock': (ctx) => lockSession(ctx),
  'session.unlock': (ctx, input) => unlockSession(ctx, input.password),
  // The dispatcher already recorded the activity; nothing else to do.
  'session.activity': () => null,
  'session.changePassword': (ctx, input) => changeOwnPassword(ctx, input),
};
