// SHA-256 of byte streams computed on a worker thread, so hashing never competes with the main thread;
// and of one file on disk, for checking files already there.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { Transform, type TransformCallback } from 'node:stream';

/** The hex SHA-256 of a file's bytes, read as a stream. */
export async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

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
    parentPort.postMessage({ id: m.id, hashed: m.chunk.length });
  } else if (m.type === 'digest') {
    const h = hashes.get(m.id) || createHash('sha256');
    hashes.delete(m.id);
    parentPort.postMessage({ id: m.id, digest: h.digest('hex') });
  }
});
`;

/** Bytes of one stream that may wait in the hashing thread's queue before writes pause. */
const MAX_IN_FLIGHT = 1024 * 1024;

/**
 * A pool of one hashing thread shared by every archive being built. Messages on one port arrive
 * in order, so each stream's chunks are hashed in the order they were written.
 */
export class ThreadHasher {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (hex: string) => void; reject: (e: Error) => void }>();
  /** Per stream: bytes sent but not hashed yet, and the write waiting for them to drain. */
  private readonly inFlight = new Map<number, { bytes: number; resume?: () => void }>();

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.on('message', (m: { id: number; digest?: string; hashed?: number }) => {
      if (m.hashed !== undefined) {
        const flight = this.inFlight.get(m.id);
        if (!flight) return;
        flight.bytes -= m.hashed;
        if (flight.resume && flight.bytes <= MAX_IN_FLIGHT) {
          const resume = flight.resume;
          flight.resume = undefined;
          resume();
        }
        return;
      }
      this.waiting.get(m.id)?.resolve(m.digest!);
      this.waiting.delete(m.id);
      this.inFlight.delete(m.id);
    });
    worker.on('error', (error) => {
      for (const w of this.waiting.values()) w.reject(error);
      this.waiting.clear();
      // Let paused writes go on; their digests have been rejected above.
      for (const flight of this.inFlight.values()) flight.resume?.();
      this.inFlight.clear();
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
    const flight: { bytes: number; resume?: () => void } = { bytes: 0 };
    this.inFlight.set(id, flight);
    const stream = new Transform({
      transform(chunk: Buffer, _encoding, callback: TransformCallback) {
        // Copy just this chunk's bytes and move the copy to the worker: cloning the chunk itself
        // would copy the whole ArrayBuffer behind it (zlib's output chunks share a large one).
        const copy = new Uint8Array(chunk);
        worker.postMessage({ type: 'update', id, chunk: copy }, [copy.buffer]);
        flight.bytes += chunk.length;
        // Backpressure: a hashing thread that falls behind (a busy machine) must not let copies
        // pile up in its queue, or memory would grow with the archive size.
        if (flight.bytes > MAX_IN_FLIGHT) flight.resume = () => callback(null, chunk);
        else callback(null, chunk);
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
