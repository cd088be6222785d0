import type { Permission } from '../users/roles';
import type { AttachmentKind } from './kinds';

export interface AttachableRecord {
  /** Who may see the record, and therefore its documents. */
  readonly read: Permission;
  /** Who may attach or replace documents on it. */
  readonly write: Permission;
  /** The kinds of document this record takes. */
  readonly kinds: readonly AttachmentKind[];
}

/**
 * Record types that take documents, by table. Each domain adds its own (prescriptions, group sessions,
 * minutes…); main checks the record exists and the caller's role against this table on every call.
 */
export const ATTACHABLE_RECORDS = {
  // Staff documents: the resolution that designates health staff, a signed confidentiality pledge.
  users: { read: 'users.manage', write: 'users.manage', kinds: ['other'] },
  // The scanned prescription (required) and the counselling declaration (FI rules 3 and 6).
  prescriptions: { read: 'formula.read', write: 'formula.write', kinds: ['prescription', 'counselingDeclaration'] },
  // The signed attendance sheet of a group session (Anexo N° 2, GT rule 6).
  group_sessions: { read: 'groups.read', write: 'groups.write', kinds: ['attendanceSheet', 'other'] },
  // The signed page of the minutes book (GT §6.1.1 b).
  minutes_entries: { read: 'groups.read', write: 'groups.write', kinds: ['minutes'] },
} as const satisfies Record<string, AttachableRecord>;

export type AttachableTable = keyof typeof ATTACHABLE_RECORDS;
export const ATTACHABLE_TABLES = Object.keys(ATTACHABLE_RECORDS) as [AttachableTable, ...AttachableTable[]];
