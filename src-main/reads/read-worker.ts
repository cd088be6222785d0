import { parentPort } from 'node:worker_threads';
import { failureOf } from '../workers/worker-errors';
import { readContextFor } from '../workers/read-connection';
import { runRead, type ReadReply, type ReadRequest } from './off-main-reads';

// The worker thread of a coordination site's long reads (issue 19), on a read-only connection of its own.
// Bundled on its own (dist/workers/reads.cjs).

function answer(request: ReadRequest): ReadReply {
  try {
    return { id: request.id, ok: true, value: runRead(readContextFor(request.dataDir, request.key, request.now, true), request.kind, request.argument) };
  } catch (error) {
    return { id: request.id, ok: false, ...failureOf(error) };
  }
}

parentPort?.on('message', (request: ReadRequest) => {
  parentPort?.postMessage(answer(request));
});
