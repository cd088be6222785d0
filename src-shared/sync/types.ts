import type { Country, SiteKind } from '../site/countries';
import type { PrivacyCategory } from './privacy';
import type { CorrectableField } from './correctable';
import { z } from 'zod';

export type SiteKindName = SiteKind;

export interface TableSummary {
  readonly new: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly conflicts: number;
  readonly refused: number;
}

export interface SyncOverview {
  /** This coordination site asked to receive less than its level may (no names, documents or clinical details). */
  readonly deidentified: boolean;
  /** The privacy table as it applies here (issue 18.1). */
  readonly privacy: {
    /** What this site receives from below (null at a facility). */
    readonly receives: readonly PrivacyCategory[] | null;
    /** What the bundles to the parent carry (null without a parent). */
    readonly parentReceives: readonly PrivacyCategory[] | null;
    readonly hivDirection: boolean;
    readonly canBeHivDirection: boolean;
  };
  readonly site: { readonly code: string; readonly name: string; readonly kind: SiteKindName; readonly country: Country; readonly fingerprint: string };
  readonly parent: { readonly code: string; readonly name: string; readonly fingerprint: string; readonly unacknowledged: number } | null;
  readonly children: readonly {
    readonly code: string;
    readonly name: string;
    readonly kind: SiteKindName;
    readonly fingerprint: string;
    readonly lastSequence: number;
    readonly records: number;
    readonly lastImportAt: number | null;
  }[];
}

export interface SyncFile {
  readonly fileName: string;
  readonly dataBase64: string;
}

export interface EnrolmentPreview {
  readonly code: string;
  readonly name: string;
  readonly kind: SiteKindName;
  readonly fingerprint: string;
  readonly relation: 'parent' | 'child' | null;
}

export interface ImportedFile {
  readonly fileName: string;
  readonly ok: boolean;
  readonly kind?: 'data' | 'ack';
  readonly senderCode?: string;
  readonly senderName?: string;
  readonly sequence?: number;
  readonly summary?: Readonly<Record<string, TableSummary>>;
  readonly error?: string;
  readonly message?: string;
}

export interface ImportOutcome {
  readonly files: readonly ImportedFile[];
  readonly summary: Readonly<Record<string, TableSummary>>;
}

export type { ConsolidatedView } from '../levels/types';

const upload = z.object({ fileName: z.string().min(1).max(255), dataBase64: z.string().max(400_000_000) });
export const enrolSiteSchema = z.object({
  file: upload,
  fingerprint: z.string().trim().min(1, { error: 'Escriba la huella que le dictaron.' }).max(60),
  replaceKey: z.boolean().default(false),
});
export const importBundlesSchema = z.object({ files: z.array(upload).min(1).max(200), dryRun: z.boolean().default(false) });
export const ackSchema = z.object({ siteCode: z.string().min(1).max(40) });

export interface ConflictRow {
  readonly id: number;
  readonly table: string;
  readonly rowId: string;
  readonly keptHlc: string;
  readonly otherHlc: string;
  /** The version that was not kept, column by column. */
  readonly other: Readonly<Record<string, string | number | null>>;
  /** The version kept now (null when the record no longer exists). */
  readonly kept: Readonly<Record<string, string | number | null>> | null;
  readonly detectedAt: number;
}

export const correctionSchema = z.object({
  table: z.string().min(1).max(64),
  id: z.string().min(1).max(100),
  changes: z.record(z.string().max(64), z.union([z.string().max(4000), z.number(), z.null()])),
  reason: z.string().trim().min(3, { error: 'Escriba el motivo de la corrección.' }).max(500),
});

/** What the correction form opens with (sync.correctionForm). */
export interface CorrectionForm {
  readonly table: string;
  readonly id: string;
  readonly site: { readonly code: string; readonly name: string };
  readonly fields: readonly (CorrectableField & { readonly value: string })[];
  readonly previous: readonly { readonly correctedAt: number; readonly reason: string; readonly by: string | null }[];
}

/** Coordination's data-quality list (issue 14.4): the same infant DNI with prescriptions at several facilities. */
export interface DataQuality {
  readonly infantsAtSeveralFacilities: readonly {
    readonly nationalId: string;
    readonly totalGrams: number;
    /** More than six months of total replacement across the facilities. */
    readonly overCap: boolean;
    readonly records: readonly { readonly name: string; readonly birthDate: string; readonly site: string; readonly prescriptions: number; readonly grams: number }[];
  }[];
}

/** How far a bundle being written has come: records read, then attachment files written. */
export interface ExportProgress {
  readonly recordsDone: number;
  readonly recordsTotal: number;
  readonly filesDone: number;
  readonly filesTotal: number;
}

/** An export just started: its job, and how far its first step went (the totals are known from it). */
export interface ExportStarted {
  readonly jobId: string;
  readonly progress: ExportProgress;
}

/** A bundle written to a file by main in steps (issue 19), asked about by the page while it grows. */
export type ExportJobState =
  | { readonly status: 'running'; readonly progress: ExportProgress }
  | {
      readonly status: 'done';
      readonly progress: ExportProgress;
      readonly direction: 'up' | 'down';
      readonly receiverName: string;
      readonly fileName: string;
      /** Where the page downloads it from (the same origin as the page). */
      readonly url: string;
      readonly size: number;
      readonly records: number;
      readonly sequence: number;
    }
  | { readonly status: 'failed'; readonly message: string };

/** Bundles checked or imported by main in steps (issue 19): each bundle is verified, then applied. */
export interface ImportProgress {
  readonly bundlesDone: number;
  readonly bundlesTotal: number;
  /** The bundle being worked on, and whether its contents are already verified. */
  readonly current: string | null;
  readonly verified: boolean;
}

export interface ImportStarted {
  readonly jobId: string;
  readonly progress: ImportProgress;
}

export type ImportJobState =
  | { readonly status: 'running'; readonly progress: ImportProgress }
  | { readonly status: 'done'; readonly dryRun: boolean; readonly outcome: ImportOutcome }
  | { readonly status: 'failed'; readonly message: string };
