import type { WorkerFailure } from '../workers/worker-errors';
import type { SyncRefusalCode } from '../../src-shared/sync/text';
import type { SourceOrigin } from './byte-source';
import type { Manifest, TableRows } from './payload';
import type { Peer } from './peers';
import type { HandedOver } from './staged-blobs';

/** Main → verifying worker: one bundle to verify against the data folder's database (read only). */
export interface VerifyRequest {
  readonly id: number;
  readonly dataDir: string;
  readonly key: Uint8Array | null;
  readonly now: number;
  /** Whether scans are staged to be kept (not in a dry run, nor at a level that keeps no documents). */
  readonly keepFiles: boolean;
  readonly origin: SourceOrigin;
  /** How this worker's staging folders are named: main clears those it never received should it die. */
  readonly stagingPrefix: string;
}

/** Worker → main: the verified bundle as plain data, or why it was refused. */
export type VerifyReply = { readonly id: number } & (
  | { readonly ok: true; readonly peer: Peer; readonly manifest: Manifest; readonly tables: TableRows[]; readonly contentHash: string; readonly handed: HandedOver }
  | { readonly ok: false; readonly refusal: { readonly code: SyncRefusalCode; readonly detail?: string } }
  | ({ readonly ok: false } & WorkerFailure)
);
