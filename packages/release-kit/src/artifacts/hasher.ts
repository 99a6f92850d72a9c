// SHA-256 of byte streams computed on a worker thread, so hashing never competes with the main thread.
import { Worker } from 'node:worker_threads';
import { Transform, type TransformCallback } from 'node:stream';

// The worker is inline source (node built-ins only) rather than a separate file so that the ncc
// bundle stays one file: a worker script next to the bundle would have to be shipped and located.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const hashes = new Map();
parentPort.on('message', (m) => {
  if (m.type === 'update') {
    let h = hashes.get(m.id);
    if (!h) { h = createHash('sha256'); hashes.set(m.id, h); }
    h.update(m.chunk);
  } else if (m.type === 'digest') {
    const h = hashes.get(m.id) || createHash('sha256');
    hashes.delete(m.id);
    parentPort.postMessage({ id: m.id, digest: h.digest('hex') });
  }
});
`;

/**
 * A pool of one hashing thread shared by every archive being built. Messages on one port arrive
 * in order, so each stream's chunks are hashed in the order they were written.
 */
export class ThreadHasher {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (hex: string) => void; reject: (e: Error) => void }>();

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.on('message', (m: { id: number; digest: string }) => {
      this.waiting.get(m.id)?.resolve(m.digest);
      this.waiting.delete(m.id);
    });
    worker.on('error', (error) => {
      for (const w of this.waiting.values()) w.reject(error);
      this.waiting.clear();
    });
    this.worker = worker;
    return worker;
  }

  /**
   * A pass-through stream that forwards every chunk unchanged and hashes a copy on the worker;
   * `digest` resolves to the hex SHA-256 once the stream has ended.
   */
  tap(): { stream: Transform; digest: Promise<string> } {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    let resolveDigest!: (hex: string) => void;
    let rejectDigest!: (e: Error) => void;
    const digest = new Promise<string>((resolve, reject) => {
      resolveDigest = resolve;
      rejectDigest = reject;
    });
    digest.catch(() => {}); // the caller awaits it after the pipeline; avoid an unhandled rejection meanwhile
    const stream = new Transform({
      transform(chunk: Buffer, _encoding, callback: TransformCallback) {
        // postMessage copies the bytes (structured clone); the original chunk flows on untouched.
        worker.postMessage({ type: 'update', id, chunk });
        callback(null, chunk);
      },
      flush: (callback: TransformCallback) => {
        this.waiting.set(id, { resolve: resolveDigest, reject: rejectDigest });
        worker.postMessage({ type: 'digest', id });
        callback();
      },
    });
    return { stream, digest };
  }

  /** Stop the worker thread. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }
}
