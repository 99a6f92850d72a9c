// A loopback proxy in front of a test registry that injects a FaultPlan's faults, for the registry half
// of fault injection: 5xx, rate limits with retry-after, latency, and connection resets mid-request.
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { applyFault, describeFault, faultRequestOf } from '../harness/faults.js';
import type { Fault, FaultPlan } from '../harness/faults.js';

export interface ProxiedRequest {
  method: string;
  path: string;
  fault: string;
  /** Status the client saw; undefined when the connection was reset. */
  status?: number;
}

export interface FaultProxy {
  /** `127.0.0.1:port`: use it in place of the registry's host. */
  host: string;
  url: string;
  /** Every request in arrival order, with the fault it got. */
  requests: ProxiedRequest[];
  close(): Promise<void>;
}

/** OCI-shaped error bodies (`{errors:[{code,message}]}`) instead of GitHub's. */
function ociErrorBody(fault: Exclude<Fault, { kind: 'none' | 'latency' | 'reset' }>): {
  contentType: string;
  body: string;
} {
  const code = fault.kind === 'status' ? 'UNAVAILABLE' : 'TOOMANYREQUESTS';
  return {
    contentType: 'application/json',
    body: JSON.stringify({ errors: [{ code, message: `injected fault: ${describeFault(fault)}` }] }),
  };
}

/**
 * Start a proxy forwarding to `target` (`127.0.0.1:port` or `http://127.0.0.1:port`) and applying
 * `plan.next()` to each request. The Host header is passed through, so the registry builds upload
 * Locations that point back at the proxy and every later request of the session is proxied too.
 *
 * A `reset` with afterBytes > 0 forwards that many body bytes to the registry before cutting both
 * connections, so the registry really holds a half-written upload; a body shorter than afterBytes
 * reaches the registry whole and the client loses the answer, the "did it land?" case.
 * GitHub's primary rate limit (x-ratelimit-*) means nothing to a registry: plans for this proxy draw
 * from status, reset, secondary-rate-limit (403/429 + retry-after) and latency.
 */
export async function startFaultProxy(target: string, plan: FaultPlan): Promise<FaultProxy> {
  const upstream = new URL(target.includes('://') ? target : `http://${target}`);
  const requests: ProxiedRequest[] = [];

  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      req.socket.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const request = faultRequestOf(req);
    const fault = plan.next(request);
    const entry: ProxiedRequest = { method: request.method, path: request.path, fault: describeFault(fault) };
    requests.push(entry);
    res.on('finish', () => {
      entry.status = res.statusCode;
    });
    if (fault.kind === 'reset' && fault.afterBytes > 0) {
      forward(req, res, fault.afterBytes);
      return;
    }
    if ((await applyFault(fault, req, res, { errorBody: ociErrorBody })) === 'handled') return;
    forward(req, res);
  }

  function forward(req: IncomingMessage, res: ServerResponse, resetAfterBytes?: number): void {
    const outgoing = http.request({
      host: upstream.hostname,
      port: upstream.port,
      method: req.method,
      path: req.url,
      headers: req.headers,
    });
    const cut = () => {
      outgoing.destroy();
      req.socket.destroy();
    };
    outgoing.on('error', () => req.socket.destroy());
    outgoing.on('response', (answer) => {
      if (resetAfterBytes !== undefined) {
        // The whole body got through before the cut: the registry did the work, the client never hears of it.
        answer.resume();
        cut();
        return;
      }
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    if (resetAfterBytes === undefined) {
      req.pipe(outgoing);
      return;
    }
    let seen = 0;
    req.on('data', (chunk: Buffer) => {
      if (seen >= resetAfterBytes) return;
      const room = resetAfterBytes - seen;
      seen += chunk.length;
      if (chunk.length >= room) {
        outgoing.write(chunk.subarray(0, room), () => setTimeout(cut, 20));
      } else {
        outgoing.write(chunk);
      }
    });
    req.on('end', () => {
      if (seen < resetAfterBytes) outgoing.end();
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
