import type { ImportSummary } from './summary';

export interface MappingImportSummary {
  /** Null when the file had lines it could not use: nothing was kept. */
  readonly importId: string | null;
  readonly entries: number;
  readonly problems: readonly { readonly line: number; readonly reason: string }[];
}

export interface MappingView {
  readonly inForce: { readonly id: string; readonly fileName: string; readonly importedOn: string; readonly issuedBy: string } | null;
  readonly entries: readonly { readonly kind: 'element' | 'orgUnit'; readonly key: string; readonly uid: string; readonly categoryOptionCombo: string }[];
  /** The figure keys a mapping may name, with what each counts. */
  readonly figures: readonly { readonly key: string; readonly label: string }[];
  readonly canImport: boolean;
}

export interface Dhis2Export {
  readonly period: string;
  readonly fileName: string;
  readonly format: 'json' | 'csv';
  readonly content: string;
  readonly valueCount: number;
  readonly unmappedFigures: readonly string[];
  readonly unmappedOrgUnits: readonly string[];
}

export interface Dhis2ServerInfo {
  readonly url: string;
  readonly username: string;
  readonly passwordSet: boolean;
}

export interface Dhis2PushResult {
  readonly period: string;
  readonly dryRun: boolean;
  readonly valueCount: number;
  readonly summary: ImportSummary;
}
