import { SYNC_REFUSALS, type SyncRefusalCode } from '../../src-shared/sync/text';

/** A bundle or enrolment file refused before anything was written: the code for scripts, the Spanish why. */
export class SyncRefusal extends Error {
  constructor(
    readonly code: SyncRefusalCode,
    readonly detail?: string,
  ) {
    super(detail ? `${SYNC_REFUSALS[code]} (${detail})` : SYNC_REFUSALS[code]);
    this.name = 'SyncRefusal';
  }
}
