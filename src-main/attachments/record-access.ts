import { and, eq } from 'drizzle-orm';
import { ATTACHABLE_RECORDS, type AttachableTable } from '../../src-shared/attachments/records';
import type { AttachmentKind } from '../../src-shared/attachments/kinds';
import { sessionText } from '../../src-shared/session/text';
import { hasPermission } from '../../src-shared/users/roles';
import type { AppContext } from '../app/context';
import { AppError, fieldError } from '../app/errors';
import { requireSession } from '../session/session-service';
import { requireLocalSiteId } from '../site/site-service';
import { prescriptions } from '../formula/formula.schema';
import { users } from '../users/users.schema';
import { groupSessions, minutesEntries } from '../groups/groups.schema';
import { attachmentsText } from '../../src-shared/attachments/text';

/** The table behind each attachable record type, to check that the record exists. */
const RECORD_TABLES = { users, prescriptions, group_sessions: groupSessions, minutes_entries: minutesEntries } as const satisfies Record<AttachableTable, unknown>;

/** The caller may see (or change) this record type, and the record exists and is not deleted. */
export function requireRecordAccess(ctx: AppContext, table: AttachableTable, recordId: string, need: 'read' | 'write'): void {
  const session = requireSession(ctx);
  if (!hasPermission(session.role, ATTACHABLE_RECORDS[table][need])) {
    throw new AppError('FORBIDDEN', sessionText.errors.forbidden);
  }
  const source = RECORD_TABLES[table];
  const found = ctx.db
    .select({ id: source.id, owner: source.ownerSiteId })
    .from(source)
    .where(and(eq(source.id, recordId), eq(source.deleted, false)))
    .get();
  if (!found) throw new AppError('NOT_FOUND', attachmentsText.errors.recordNotFound);
  // Documents are added where the record was made: a coordination site reviews (and flags) a facility's.
  if (need === 'write' && found.owner !== requireLocalSiteId(ctx)) throw new AppError('FORBIDDEN', attachmentsText.errors.notOwnRecord);
}

export function requireKindAllowed(table: AttachableTable, kind: AttachmentKind): void {
  if (!(ATTACHABLE_RECORDS[table].kinds as readonly AttachmentKind[]).includes(kind)) {
    throw fieldError('kind', attachmentsText.errors.kindNotAllowed);
  }
}
