import { cleanInput } from '../../src-shared/common/clean-text';
import { fieldErrorsOf } from '../../src-shared/common/validation';
import { contract, isChannelName, type ChannelName } from '../../src-shared/contract/channels';
import type { Access, ApiError, Result } from '../../src-shared/contract/define';
import { isIdleExpired } from '../../src-shared/session/idle';
import { sessionText } from '../../src-shared/session/text';
import { hasPermission } from '../../src-shared/users/roles';
import type { AppContext } from '../app/context';
import { AppError } from '../app/errors';
import { recordAudit } from '../audit/audit-service';
import { idleMinutesOf } from '../settings/settings-service';
import { refreshSession } from '../session/session-service';
import { localSiteId } from '../site/site-service';
import type { Handler } from './handler-types';
import { handlers } from './handlers';
import { forgetPrinted } from '../printing/print-store';

const t = sessionText.errors;

/** Channels a user whose password was reset may still call before choosing a new one. */
const ALLOWED_BEFORE_PASSWORD_CHANGE: readonly ChannelName[] = ['session.changePassword', 'session.logout', 'session.lock'];

function checkAccess(ctx: AppContext, name: ChannelName, access: Access): ApiError | null {
  if (access === 'public') return null;
  if (!localSiteId(ctx)) return { code: 'SETUP_REQUIRED', message: t.setupRequired };
  if (refreshSession(ctx) === 'ended') return { code: 'UNAUTHENTICATED', message: t.inactive };
  const session = ctx.session.current;
  if (!session) return { code: 'UNAUTHENTICATED', message: t.unauthenticated };
  if (access === 'signedIn') return null;
  if (session.locked) return { code: 'SESSION_LOCKED', message: t.locked };
  if (session.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.includes(name)) {
    return { code: 'PASSWORD_CHANGE_REQUIRED', message: t.passwordChangeRequired };
  }
  if (access !== 'session' && !hasPermission(session.role, access)) return { code: 'FORBIDDEN', message: t.forbidden };
  return null;
}

/** Main keeps its own idle timer: a renderer that failed to lock does not keep the session open. */
function lockIfIdle(ctx: AppContext): void {
  const session = ctx.session.current;
  if (!session || session.locked) return;
  if (isIdleExpired(session.lastActivityMs, ctx.now(), idleMinutesOf(ctx))) {
    session.locked = true;
    // Whoever comes back to this screen may not be its owner: nothing printed stays reachable (18.5).
    forgetPrinted(ctx);
    recordAudit(ctx, { action: 'session.lock', detail: 'por inactividad' });
  }
}

function refuse(ctx: AppContext, channelName: string, error: ApiError, why: string): Result<never> {
  recordAudit(ctx, {
    action: 'request.refused',
    outcome: 'refused',
    detail: `${channelName}: ${why}`.slice(0, 500),
  });
  return { ok: false, error };
}

/**
 * The single entry point from the renderer (IPC in Electron, HTTP in browser mode): validates the input
 * against the contract, checks the caller's session and role, runs the handler, and never throws.
 */
export async function dispatch(ctx: AppContext, channelName: unknown, rawInput: unknown): Promise<Result<unknown>> {
  try {
    return await dispatchChecked(ctx, channelName, rawInput);
  } catch (error) {
    // Even a failure before the handler (a request that breaks the validator) is an answer, audited.
    console.error('[lactared] la solicitud falló:', error);
    const shown = typeof channelName === 'string' ? channelName.slice(0, 80) : `(${typeof channelName})`;
    try {
      return refuse(ctx, shown, { code: 'INTERNAL', message: t.internal }, 'error inesperado');
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: t.internal } };
    }
  }
}

async function dispatchChecked(ctx: AppContext, channelName: unknown, rawInput: unknown): Promise<Result<unknown>> {
  if (!isChannelName(channelName)) {
    const shown = typeof channelName === 'string' ? channelName.slice(0, 80) : `(${typeof channelName})`;
    return refuse(ctx, shown, { code: 'UNKNOWN_CHANNEL', message: t.unknownChannel }, 'canal desconocido');
  }
  const def = contract[channelName];
  // Every text typed anywhere loses control and invisible characters here, once for every channel.
  const cleaned = cleanInput(rawInput ?? {});
  if (!cleaned) return refuse(ctx, channelName, { code: 'VALIDATION', message: t.tooDeep }, 'datos anidados de más');
  const parsed = def.input.safeParse(cleaned.value);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    const why = `datos no válidos (${Object.keys(fieldErrors).join(', ')})`;
    return refuse(ctx, channelName, { code: 'VALIDATION', message: t.validation, fieldErrors }, why);
  }
  lockIfIdle(ctx);
  const denied = checkAccess(ctx, channelName, def.access);
  if (denied) return refuse(ctx, channelName, denied, denied.code);
  try {
    const handler = handlers[channelName] as Handler<ChannelName>;
    const value = await handler(ctx, parsed.data as never);
    const session = ctx.session.current;
    if (session && !session.locked && def.access !== 'public') session.lastActivityMs = ctx.now();
    return { ok: true, value };
  } catch (error) {
    if (error instanceof AppError) {
      // Role checks that depend on the record (documents) happen in the handler: logged like the others.
      if (error.code === 'FORBIDDEN') return refuse(ctx, channelName, error.toApiError(), error.code);
      return { ok: false, error: error.toApiError() };
    }
    console.error(`[lactared] ${channelName} falló:`, error);
    return { ok: false, error: { code: 'INTERNAL', message: t.internal } };
  }
}
