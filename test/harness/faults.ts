// Seeded, deterministic fault injection shared by the loopback test servers (GitHub stand-in, registry proxy).
import type { IncomingMessage, ServerResponse } from 'node:http';

/** One thing that can go wrong with one request. */
export type Fault =
  | { kind: 'none' }
  | { kind: 'status'; status: 500 | 502 | 503 }
  /** Destroy the socket after reading this many request-body bytes (0 = immediately); "mid-upload" when > 0. */
  | { kind: 'reset'; afterBytes: number }
  /** GitHub's secondary limit: 403 or 429, `retry-after` in seconds, message mentioning "secondary rate limit". */
  | { kind: 'secondary-rate-limit'; status: 403 | 429; retryAfter: number }
  /** GitHub's primary limit: 403 + `x-ratelimit-remaining: 0` + `x-ratelimit-reset` this many seconds ahead. */
  | { kind: 'primary-rate-limit'; resetInSeconds: number }
  /** Wait this long, then serve the request normally. */
  | { kind: 'latency'; ms: number };

export type FaultKind = Exclude<Fault['kind'], 'none'>;

/** What a plan gets to see of a request when deciding its fault. */
export interface FaultRequest {
  method: string;
  /** URL path without the query string. */
  path: string;
}

/** Decides the fault of each request in arrival order, and remembers what it injected. */
export interface FaultPlan {
  next(request: FaultRequest): Fault;
  readonly injected: { request: FaultRequest; fault: Fault }[];
}

export const ALL_FAULT_KINDS: readonly FaultKind[] = [
  'status',
  'reset',
  'secondary-rate-limit',
  'primary-rate-limit',
  'latency',
];

/** A plan that never injects anything (the default of every server). */
export const noFaults: FaultPlan = { next: () => ({ kind: 'none' }), injected: [] };

export interface SeededFaultOptions {
  /** Probability in [0, 1] that a matching request gets a fault. */
  rate: number;
  /** Which kinds to draw from (uniformly). */
  kinds: FaultKind[];
  /** Only requests for which this returns true are considered (and consume the sequence). */
  match?: (request: FaultRequest) => boolean;
  /** Stop injecting after this many faults. Default: unlimited. */
  maxFaults?: number;
  /** Never fault more than this many matching requests in a row, so clients with retries converge. Default 2. */
  maxConsecutive?: number;
  /** retry-after / reset delay in seconds for rate limits. Default 1 (clients scale it by their retry base). */
  rateLimitSeconds?: number;
  /** Upper bound of injected latency in ms. Default 150. */
  maxLatencyMs?: number;
  /** Upper bound of `afterBytes` for resets. Default 64 KiB; a third of the resets happen at 0 bytes; 0 = always before the body. */
  maxResetBytes?: number;
}

/**
 * mulberry32: a 32-bit seeded PRNG. Hand-written (six lines, public domain algorithm) rather than taken
 * from a library because the fault sequence for a seed must never change when a dependency is upgraded:
 * a seed written in a test or a bug report has to reproduce the same faults forever.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Faults drawn from a seeded PRNG. The n-th matching request always gets the same decision for a given
 * seed and options: every decision consumes exactly three draws whatever it decides, so caps
 * (maxFaults, maxConsecutive) never shift the sequence. With concurrent clients the arrival order may
 * vary; the sequence of decisions does not.
 */
export function seededFaults(seed: number, options: SeededFaultOptions): FaultPlan {
  if (!(options.rate >= 0 && options.rate <= 1))
    throw new Error(`seededFaults: rate must be in [0, 1], got ${options.rate}`);
  if (options.kinds.length === 0 && options.rate > 0) throw new Error('seededFaults: kinds must not be empty');
  const random = mulberry32(seed);
  const maxConsecutive = options.maxConsecutive ?? 2;
  const maxFaults = options.maxFaults ?? Number.POSITIVE_INFINITY;
  const seconds = options.rateLimitSeconds ?? 1;
  const maxLatencyMs = options.maxLatencyMs ?? 150;
  const maxResetBytes = options.maxResetBytes ?? 64 * 1024;
  const injected: { request: FaultRequest; fault: Fault }[] = [];
  let consecutive = 0;

  const draw = (kind: FaultKind, parameter: number): Fault => {
    switch (kind) {
      case 'status':
        return { kind, status: ([500, 502, 503] as const)[Math.floor(parameter * 3)] };
      case 'reset':
        // A third reset before any body byte is read, the rest part-way through the body.
        return {
          kind,
          afterBytes:
            parameter < 1 / 3 || maxResetBytes <= 0
              ? 0
              : 1 + Math.floor((((parameter - 1 / 3) * 3) / 2) * maxResetBytes),
        };
      case 'secondary-rate-limit':
        return { kind, status: parameter < 0.5 ? 403 : 429, retryAfter: seconds };
      case 'primary-rate-limit':
        return { kind, resetInSeconds: seconds };
      case 'latency':
        return { kind, ms: 1 + Math.floor(parameter * maxLatencyMs) };
    }
  };

  return {
    injected,
    next(request) {
      if (options.match && !options.match(request)) return { kind: 'none' };
      const gate = random();
      const kindDraw = random();
      const parameter = random();
      const wanted = gate < options.rate && injected.length < maxFaults && consecutive < maxConsecutive;
      if (!wanted) {
        consecutive = 0;
        return { kind: 'none' };
      }
      const fault = draw(options.kinds[Math.floor(kindDraw * options.kinds.length)], parameter);
      consecutive += 1;
      injected.push({ request, fault });
      return fault;
    },
  };
}

/** Exactly these faults, in order, for the matching requests; `none` afterwards. */
export function scriptedFaults(faults: Fault[], match?: (request: FaultRequest) => boolean): FaultPlan {
  const queue = [...faults];
  const injected: { request: FaultRequest; fault: Fault }[] = [];
  return {
    injected,
    next(request) {
      if (match && !match(request)) return { kind: 'none' };
      const fault = queue.shift() ?? { kind: 'none' };
      if (fault.kind !== 'none') injected.push({ request, fault });
      return fault;
    },
  };
}

/** The same fault for every matching request, for as long as the plan is installed: a service that is down. */
export function persistentFaults(fault: Fault, match?: (request: FaultRequest) => boolean): FaultPlan {
  const injected: { request: FaultRequest; fault: Fault }[] = [];
  return {
    injected,
    next(request) {
      if (match && !match(request)) return { kind: 'none' };
      injected.push({ request, fault });
      return fault;
    },
  };
}

/** The FaultRequest of a node request (path without query). */
export function faultRequestOf(req: IncomingMessage): FaultRequest {
  return { method: req.method ?? 'GET', path: new URL(req.url ?? '/', 'http://fault.invalid').pathname };
}

export interface ApplyFaultOptions {
  /**
   * Error body for status and rate-limit faults. Default: GitHub's JSON shape ({message, documentation_url}),
   * whose wording octokit's throttling plugin relies on ("secondary rate limit", "API rate limit exceeded").
   * A registry proxy can answer OCI-style `{errors:[…]}` instead.
   */
  errorBody?: (fault: Exclude<Fault, { kind: 'none' | 'latency' | 'reset' }>) => { contentType: string; body: string };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Read and discard the rest of a request body, so an error answer is not mistaken for a broken pipe. */
function drain(req: IncomingMessage): Promise<void> {
  if (req.readableEnded) return Promise.resolve();
  return new Promise((resolve) => {
    req.on('end', resolve);
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.resume();
  });
}

function githubErrorBody(fault: Exclude<Fault, { kind: 'none' | 'latency' | 'reset' }>): {
  contentType: string;
  body: string;
} {
  const documentation_url = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api';
  const message =
    fault.kind === 'status'
      ? `Injected fault: HTTP ${fault.status}`
      : fault.kind === 'secondary-rate-limit'
        ? 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
        : 'API rate limit exceeded for installation. (Injected fault.)';
  return { contentType: 'application/json; charset=utf-8', body: JSON.stringify({ message, documentation_url }) };
}

/**
 * Apply a fault to a node http request/response pair.
 * - `none`: 'continue' at once, request body untouched.
 * - `latency`: wait, then 'continue' (body untouched).
 * - `reset`: read `afterBytes` body bytes (or the whole body if shorter), then destroy the socket: 'handled'.
 * - `status` / rate limits: drain the body, answer with the error, 'handled'. Headers set on `res` before
 *   the call (e.g. x-ratelimit-*) are kept unless the fault overrides them.
 */
export async function applyFault(
  fault: Fault,
  req: IncomingMessage,
  res: ServerResponse,
  options: ApplyFaultOptions = {},
): Promise<'handled' | 'continue'> {
  switch (fault.kind) {
    case 'none':
      return 'continue';
    case 'latency':
      await sleep(fault.ms);
      return 'continue';
    case 'reset':
      await readBytes(req, fault.afterBytes);
      req.socket.destroy();
      return 'handled';
    default: {
      await drain(req);
      const { contentType, body } = (options.errorBody ?? githubErrorBody)(fault);
      res.setHeader('content-type', contentType);
      if (fault.kind === 'secondary-rate-limit') {
        res.setHeader('retry-after', String(fault.retryAfter));
        res.statusCode = fault.status;
      } else if (fault.kind === 'primary-rate-limit') {
        const limit = Number(res.getHeader('x-ratelimit-limit') ?? 5000) || 5000;
        res.setHeader('x-ratelimit-limit', String(limit));
        res.setHeader('x-ratelimit-remaining', '0');
        res.setHeader('x-ratelimit-used', String(limit));
        res.setHeader('x-ratelimit-reset', String(Math.floor(Date.now() / 1000) + fault.resetInSeconds));
        res.statusCode = 403;
      } else {
        res.statusCode = fault.status;
      }
      res.end(body);
      return 'handled';
    }
  }
}

/** Resolve once at least `count` body bytes were read, or the body ended, or the request broke. */
function readBytes(req: IncomingMessage, count: number): Promise<void> {
  if (count <= 0 || req.readableEnded) return Promise.resolve();
  return new Promise((resolve) => {
    let seen = 0;
    const done = () => {
      req.off('data', onData);
      req.pause();
      resolve();
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen >= count) done();
    };
    req.on('data', onData);
    req.on('end', done);
    req.on('error', done);
    req.on('close', done);
  });
}

/** A short human description of a fault, for logs and test names. */
export function describeFault(fault: Fault): string {
  switch (fault.kind) {
    case 'none':
      return 'none';
    case 'status':
      return `HTTP ${fault.status}`;
    case 'reset':
      return fault.afterBytes > 0 ? `reset after ${fault.afterBytes} body bytes` : 'reset before the body';
    case 'secondary-rate-limit':
      return `secondary rate limit ${fault.status}, retry-after ${fault.retryAfter}s`;
    case 'primary-rate-limit':
      return `primary rate limit, reset in ${fault.resetInSeconds}s`;
    case 'latency':
      return `${fault.ms} ms latency`;
  }
}

/**
 * Hold the first `count` matching requests and let them all through at the same instant,
 * `windowMs` after the first one arrived: a barrier for race tests. Plain latency is not enough,
 * because a delayed request is answered from the state at the end of its own delay, so requests
 * that arrive a little apart see each other's writes and never really race.
 */
export function barrierFaults(count: number, windowMs: number, match: (r: FaultRequest) => boolean): FaultPlan {
  const injected: { request: FaultRequest; fault: Fault }[] = [];
  let releaseAt: number | undefined;
  return {
    injected,
    next(request) {
      if (injected.length >= count || !match(request)) return { kind: 'none' };
      releaseAt ??= Date.now() + windowMs;
      const fault: Fault = { kind: 'latency', ms: Math.max(0, releaseAt - Date.now()) };
      injected.push({ request, fault });
      return fault;
    },
  };
}
