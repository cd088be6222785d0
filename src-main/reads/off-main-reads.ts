import type { Period } from '../../src-shared/groups/indicators';
import type { ReadContext } from '../app/context';
import type { WorkerFailure } from '../workers/worker-errors';
import { dhis2Payload } from '../dhis2/dhis2-service';
import { formulaProgram } from '../levels/formula-program-service';
import { consolidated } from '../sync/consolidated-service';

/**
 * The reads that take seconds at a site holding a country (issue 19), run in a worker thread so that main
 * keeps answering: each is a pure read of the database, the same function here and there.
 */
export const OFF_MAIN_READS = {
  consolidated: (ctx: ReadContext, period: Period) => consolidated(ctx, period),
  formulaProgram: (ctx: ReadContext, year: number) => formulaProgram(ctx, year),
  dhis2Payload: (ctx: ReadContext, period: string) => dhis2Payload(ctx, period),
};

export type OffMainRead = keyof typeof OFF_MAIN_READS;
export type ReadArgument<K extends OffMainRead> = Parameters<(typeof OFF_MAIN_READS)[K]>[1];
export type ReadValue<K extends OffMainRead> = ReturnType<(typeof OFF_MAIN_READS)[K]>;

/** Main → worker. */
export interface ReadRequest {
  readonly id: number;
  readonly kind: OffMainRead;
  readonly argument: unknown;
  readonly dataDir: string;
  readonly key: Uint8Array | null;
  readonly now: number;
}

/** Worker → main: the value, or the error as main would have thrown it. */
export type ReadReply = { readonly id: number } & ({ readonly ok: true; readonly value: unknown } | ({ readonly ok: false } & WorkerFailure));

/** Runs one read on `ctx` (the worker's connection, or main's when there is no worker). */
export function runRead(ctx: ReadContext, kind: OffMainRead, argument: unknown): unknown {
  const read = OFF_MAIN_READS[kind] as (ctx: ReadContext, argument: unknown) => unknown;
  return read(ctx, argument);
}
