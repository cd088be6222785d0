import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { BackgroundFiles } from '../attachments/background-files';
import { BlobStore } from '../attachments/blob-store';
import { failureOf } from '../workers/worker-errors';
import { readContextFor } from '../workers/read-connection';
import { sourceFromOrigin } from './byte-source';
import { SyncRefusal } from './refusal';
import { StagedBlobs } from './staged-blobs';
import { runSteps } from './steps';
import { verifyBundleSteps } from './verify-bundle';
import type { VerifyReply, VerifyRequest } from './verify-messages';

// The worker thread that verifies the next bundle while main applies the one before (issue 19): the same
// `verifyBundleSteps` as main, on a read-only connection of its own; staged scans are handed to main by name
// while this thread's writer makes them durable. Bundled on its own (dist/workers/verify-bundle.cjs).

/** One writer for the scans of every bundle verified here; main waits for each bundle's part before moving it. */
const writer = new BackgroundFiles();

function verify(request: VerifyRequest): VerifyReply {
  const ctx = readContextFor(request.dataDir, request.key, request.now);
  const store = request.keepFiles ? new BlobStore(path.join(request.dataDir, 'attachments'), request.key ? Buffer.from(request.key) : null) : null;
  const blobs = new StagedBlobs(store, writer, request.stagingPrefix);
  const source = sourceFromOrigin(request.origin);
  try {
    const verified = runSteps(verifyBundleSteps(ctx, source, blobs));
    return { id: request.id, ok: true, peer: verified.peer, manifest: verified.manifest, tables: verified.tables, contentHash: verified.contentHash, handed: blobs.handOver() };
  } catch (error) {
    if (error instanceof SyncRefusal) return { id: request.id, ok: false, refusal: { code: error.code, ...(error.detail === undefined ? {} : { detail: error.detail }) } };
    return { id: request.id, ok: false, ...failureOf(error) };
  } finally {
    blobs.discard();
    source.close();
  }
}

parentPort?.on('message', (request: VerifyRequest) => {
  parentPort?.postMessage(verify(request));
});
