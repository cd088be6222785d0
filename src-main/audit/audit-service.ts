import { and, count, desc, eq, gte, lt, notInArray, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { CLINICAL_DETAIL_ACTIONS, type AuditAction } from '../../src-shared/audit/actions';
import type { AuditQuery } from '../../src-shared/audit/schemas';
import { AUDIT_PAGE_SIZE } from '../../src-shared/audit/schemas';
import type { AuditEntry, AuditPage } from '../../src-shared/contract/types';
import { localMidnightOf } from '../app/today';
import type { AppContext } from '../app/context';
import { seesClinical } from '../formula/clinical';
import { users } from '../users/users.schema';
import { withClinicalDetailReserved } from './clinical-detail';
import { auditLog } from './audit.schema';

export interface AuditRecord {
  readonly action: AuditAction;
  readonly outcome?: 'ok' | 'refused';
  readonly recordTable?: string;
  readonly recordId?: string;
  readonly detail?: string;
  /** Defaults to the signed-in user. */
  readonly actor?: { readonly userId: string | null; readonly username: string | null };
}

/** Appends to the audit log; inside a write's transaction so the log and the change commit together. */
export function recordAudit(ctx: AppContext, entry: AuditRecord): void {
  const session = ctx.session.current;
  const actor = entry.actor ?? { userId: session?.userId ?? null, username: session?.username ?? null };
  ctx.db
    .insert(auditLog)
    .values({
      at: ctx.now(),
      userId: actor.userId,
      username: actor.username,
      action: entry.action,
      recordTable: entry.recordTable ?? null,
      recordId: entry.recordId ?? null,
      outcome: entry.outcome ?? 'ok',
      detail: entry.detail ?? '',
    })
    .run();
}

const DAY_MS = 86_400_000;

export function listAudit(ctx: AppContext, query: AuditQuery): AuditPage {
  const conditions: SQL[] = [];
  if (query.userId) conditions.push(eq(auditLog.userId, query.userId));
  if (query.action) conditions.push(eq(auditLog.action, query.action));
  if (query.from) conditions.push(gte(auditLog.at, localMidnightOf(query.from)));
  if (query.to) conditions.push(lt(auditLog.at, localMidnightOf(query.to) + DAY_MS));
  if (query.text) {
    const pattern = `%${query.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const contains = (column: AnyColumn) => sql`${column} LIKE ${pattern} ESCAPE '\\'`;
    // The text of a clinical entry is not searched by who may not read it (18.3): a count would tell.
    const detailMatch = seesClinical(ctx) ? contains(auditLog.detail) : and(notInArray(auditLog.action, [...CLINICAL_DETAIL_ACTIONS]), contains(auditLog.detail));
    const textMatch = or(detailMatch, contains(auditLog.username), contains(auditLog.recordId));
    if (textMatch) conditions.push(textMatch);
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const total = ctx.db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows = ctx.db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .all();
  const people = ctx.db
    .select({ id: users.id, username: users.username, fullName: users.fullName })
    .from(users)
    .orderBy(users.fullName)
    .all();
  return { entries: withClinicalDetailReserved(ctx, rows.map((row) => row as AuditEntry)), total, page, pageCount, users: people };
}
