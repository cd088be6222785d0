import type { ProtocolChecks } from '../formula/protocol';
import type { PrescriptionState } from '../formula/entitlement';
import type { CloseCause } from '../formula/prescription-lifecycle';
import type { AttachmentKind, StoredMime } from '../attachments/kinds';
import type { AuditAction } from '../audit/actions';
import type { Country, SiteKind } from '../site/countries';
import type { Permission, Role } from '../users/roles';

export interface SiteInfo {
  readonly id: string;
  readonly kind: SiteKind;
  readonly country: Country;
  readonly name: string;
  readonly code: string;
  readonly region: string;
  readonly network: string;
  readonly microNetwork: string;
  readonly attendsBirths: boolean;
  /** Short, readable fingerprint of the site's public signing key (read over the phone at enrolment). */
  readonly signingKeyFingerprint: string;
}

export interface SessionInfo {
  readonly userId: string;
  readonly username: string;
  readonly fullName: string;
  readonly role: Role;
  readonly permissions: readonly Permission[];
  readonly locked: boolean;
  readonly mustChangePassword: boolean;
}

export interface AppStatus {
  readonly appVersion: string;
  readonly site: SiteInfo | null;
  readonly session: SessionInfo | null;
  readonly idleMinutes: number;
  /** Shown once to the admin who set up (or encrypted) the site, until they confirm they keep it (18.4). */
  readonly recoveryKey: string | null;
  /** The data folder is encrypted at rest. */
  readonly encrypted: boolean;
}

export interface UserRow {
  readonly id: string;
  readonly username: string;
  readonly fullName: string;
  readonly role: Role;
  readonly active: boolean;
  readonly createdAt: number;
  readonly lastLoginAt: number | null;
  /** True once the user has written records: such a user can be deactivated, never deleted. */
  readonly hasWrittenRecords: boolean;
}

export interface AuditEntry {
  readonly id: number;
  readonly at: number;
  readonly userId: string | null;
  readonly username: string | null;
  readonly action: AuditAction;
  readonly recordTable: string | null;
  readonly recordId: string | null;
  readonly outcome: 'ok' | 'refused';
  readonly detail: string;
}

export interface AuditPage {
  readonly entries: readonly AuditEntry[];
  readonly total: number;
  readonly page: number;
  readonly pageCount: number;
  readonly users: readonly { readonly id: string; readonly username: string; readonly fullName: string }[];
}

export interface AttachmentInfo {
  readonly linkId: string;
  readonly attachmentId: string;
  readonly kind: AttachmentKind;
  readonly mime: StoredMime;
  readonly originalName: string;
  readonly pageCount: number;
  readonly byteSize: number;
  readonly createdAt: number;
  readonly createdBy: string | null;
  /** Set when a newer document replaced this one; it stays in the record's history. */
  readonly replacedByLinkId: string | null;
  /** What the coordination said is wrong with it (empty: nothing). */
  readonly flagMessage: string;
  /** A small JPEG as a data: URL, for images; PDFs show their page count instead. */
  readonly thumbnail: string | null;
}

export interface RecordAttachments {
  readonly current: readonly AttachmentInfo[];
  readonly history: readonly AttachmentInfo[];
}

export interface AttachmentContent {
  readonly mime: StoredMime;
  readonly dataBase64: string;
  readonly pageCount: number;
}

export interface ScanInbox {
  readonly folder: string | null;
  readonly files: readonly { readonly name: string; readonly size: number; readonly modifiedAt: number }[];
}

export interface InfantSummary {
  readonly id: string;
  readonly firstNames: string;
  readonly lastNames: string;
  readonly nationalId: string | null;
  readonly birthDate: string;
}

export interface CaregiverSummary {
  readonly id: string;
  readonly nationalId: string;
  readonly firstNames: string;
  readonly lastNames: string;
  readonly birthDate: string | null;
  readonly sex: 'F' | 'M' | 'X' | null;
  readonly phone: string;
  readonly email: string;
  readonly address: string;
  readonly infants: readonly InfantSummary[];
}

export interface CoverageCheck {
  readonly nationalId: string;
  readonly covered: boolean;
  readonly coverage: string | null;
  /** Import date of the list checked against; null when no list was ever imported. */
  readonly listDate: string | null;
  /** Already registered here: open it instead of creating a second one. */
  readonly existing: CaregiverSummary | null;
}

export interface CoverageImportSummary {
  readonly importId: string;
  readonly listDate: string;
  readonly rowCount: number;
  readonly duplicateCount: number;
  readonly rejected: readonly { readonly line: number; readonly reason: string }[];
}

export interface DeliveryRow {
  readonly id: string;
  readonly deliveryDate: string;
  readonly cans800: number;
  readonly cans1kg: number;
  readonly grams: number;
  readonly receivedByNationalId: string;
  readonly receivedByName: string;
  readonly voided: boolean;
  readonly voidReason: string | null;
}

export interface PrescriptionStatus {
  readonly id: string;
  readonly infantId: string;
  readonly prescriptionDate: string;
  readonly reasonCode: string;
  /** The reason's name in the list in force here (a microrred or red may rename it); reserved without `formula.clinical`. */
  readonly reasonLabel: string;
  /** It was given with a signed counselling declaration, which the facility may print again. */
  readonly counselingDeclaration: boolean;
  readonly durationMonths: number;
  readonly maxMonths: number;
  readonly months: number;
  readonly gramsAllowed: number;
  readonly gramsDelivered: number;
  readonly gramsRemaining: number;
  readonly cans800Remaining: number;
  readonly cans1kgRemaining: number;
  /** Last day a delivery may be dated. */
  readonly lastDeliveryDay: string;
  /** Seed 004's lifecycle, and since when (null while active since its date). */
  readonly status: PrescriptionState;
  readonly statusOn: string | null;
  readonly closeCause: CloseCause | null;
  readonly statusNote: string;
  readonly renewsPrescriptionId: string | null;
  /** What the program gives the infant over all its prescriptions, and what it received under any (14.3). */
  readonly infantCapGrams: number;
  readonly infantDeliveredGrams: number;
  /** What the coordination said is wrong with its current documents, until they are replaced (14.7). */
  readonly documentFlags: readonly string[];
  /** Saved from the paper sheet without its scanned image: no delivery until one is attached (14.10). */
  readonly pendingDocument: boolean;
  /** Seed 004's delivery protocol as recorded on it (issue 14.9). */
  readonly protocol: {
    readonly checks: ProtocolChecks;
    readonly complete: boolean;
    readonly checkedBy: string | null;
    readonly checkedAt: number | null;
  };
  /** Non-voided deliveries first by date; voided ones stay listed. */
  readonly deliveries: readonly DeliveryRow[];
}

export interface BatchLookup {
  /** Null when no caregiver has that DNI at this site. */
  readonly caregiverName: string | null;
  /** Infants with a prescription valid on the row's date. */
  readonly infants: readonly {
    readonly infantId: string;
    readonly name: string;
    readonly prescriptionId: string;
    readonly gramsRemaining: number;
    readonly lastDeliveryDay: string;
  }[];
}

export type BatchRowResult =
  | {
      readonly index: number;
      readonly ok: true;
      readonly gramsRemaining: number;
      readonly infantName: string;
      /** The row's key was saved before (a sheet sent again after a crash): nothing new was written. */
      readonly alreadySaved: boolean;
    }
  | {
      readonly index: number;
      readonly ok: false;
      /** Field → Spanish message (for the row's cells); `_` for the row as a whole. */
      readonly errors: Readonly<Record<string, string>>;
      /** When the DNI has several infants with a valid prescription: pick one. */
      readonly infants?: readonly { readonly id: string; readonly name: string }[];
    };
