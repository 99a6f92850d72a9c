// A stand-in for the runner's workflow-artifact service, the one @actions/artifact (v2 and later)
// talks to: the Results service's Twirp API (CreateArtifact, FinalizeArtifact, ListArtifacts,
// GetSignedArtifactURL, DeleteArtifact under /twirp/github.actions.results.api.v1.ArtifactService/)
// and the Azure Blob storage behind the signed URLs (Put Block, Put Block List, Get Blob). Requests
// are held to the service's protobuf messages (results/api/v1/artifact.proto, JSON mapping: unknown
// fields refused), the runtime token's Actions.Results scope, and the service's rules: one artifact
// per name in a workflow run (whichever job or attempt made it), a finalize whose size and sha256 are
// those of the uploaded blob, and only finalized artifacts listed.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredArtifact {
  id: number;
  name: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  mimeType?: string;
  expiresAt?: string;
  createdAt: string;
  version: number;
  /** The committed blob (a zip unless the client skipped archiving); undefined until committed. */
  bytes?: Buffer;
  /** The blob's Content-Type (Put Block List's x-ms-blob-content-type), served back on Get Blob. */
  blobContentType?: string;
  finalized: boolean;
  size?: number;
  hash?: string;
}

export interface ArtifactService {
  /** ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL, as the runner sets them for a job. */
  env: Record<string, string>;
  /**
   * The same variables for another job run of the same workflow run: a re-run attempt of the job
   * (which sees, and collides with, the artifacts of earlier attempts) or a sibling matrix job.
   */
  anotherJob(): Record<string, string>;
  /** Every artifact of the run, deleted ones removed. */
  artifacts: StoredArtifact[];
  /** `METHOD path` of every request, in order. */
  requests: string[];
  close(): Promise<void>;
}

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';

/** Field names of the request messages (proto names and their lowerCamelCase JSON names). */
const REQUEST_FIELDS: Record<string, string[]> = {
  CreateArtifact: [
    'workflow_run_backend_id',
    'workflow_job_run_backend_id',
    'name',
    'expires_at',
    'version',
    'mime_type',
  ],
  FinalizeArtifact: ['workflow_run_backend_id', 'workflow_job_run_backend_id', 'name', 'size', 'hash'],
  ListArtifacts: ['workflow_run_backend_id', 'workflow_job_run_backend_id', 'name_filter', 'id_filter'],
  GetSignedArtifactURL: ['workflow_run_backend_id', 'workflow_job_run_backend_id', 'name'],
  DeleteArtifact: ['workflow_run_backend_id', 'workflow_job_run_backend_id', 'name'],
};
const camel = (name: string) => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function startArtifactService(): Promise<ArtifactService> {
  const runId = randomUUID();
  const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  /** Runtime token → the job run it was issued to. */
  const jobsByToken = new Map<string, string>();
  function newJobToken(): string {
    const jobId = randomUUID();
    // The runner's token is a JWT whose scp claim names the run and job; the client reads it unverified.
    const token = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({
      scp: `Actions.GenericRead:${runId} Actions.Results:${runId}:${jobId}`,
    })}.`;
    jobsByToken.set(token, jobId);
    return token;
  }
  const token = newJobToken();
  const artifacts: StoredArtifact[] = [];
  const requests: string[] = [];
  let nextId = 1;
  /** Signed blob URLs: CreateArtifact's may write (sp=cw), GetSignedArtifactURL's only read (sp=r). */
  const blobs = new Map<
    string,
    { artifact: StoredArtifact; signature: string; access: 'write' | 'read'; blocks: Map<string, Buffer> }
  >();
  let origin = '';

  function field(body: Record<string, unknown>, name: string): unknown {
    return body[camel(name)] ?? body[name];
  }

  /**
   * The message, checked: known fields only, the run of the token, and the job of the token, except
   * where @actions/artifact names an artifact by the ids the listing gave it (GetSignedArtifactURL,
   * DeleteArtifact: the job that made it, maybe an earlier attempt).
   */
  function checkRequest(method: string, body: unknown, jobId: string): Record<string, unknown> {
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw new TwirpError(400, 'malformed', 'the body is not a JSON object');
    const allowed = new Set(REQUEST_FIELDS[method].flatMap((name) => [name, camel(name)]));
    for (const key of Object.keys(body))
      if (!allowed.has(key)) throw new TwirpError(400, 'malformed', `unknown field ${key} in ${method}Request`);
    const message = body as Record<string, unknown>;
    const byArtifactIds = method === 'GetSignedArtifactURL' || method === 'DeleteArtifact';
    const job = field(message, 'workflow_job_run_backend_id');
    const jobAllowed = byArtifactIds
      ? artifacts.some((a) => a.workflowJobRunBackendId === job && a.name === field(message, 'name'))
      : job === jobId;
    if (field(message, 'workflow_run_backend_id') !== runId || !jobAllowed)
      throw new TwirpError(403, 'permission_denied', 'the backend ids are not those of the token');
    if (
      REQUEST_FIELDS[method].includes('name') &&
      (typeof field(message, 'name') !== 'string' || field(message, 'name') === '')
    )
      throw new TwirpError(400, 'invalid_argument', 'name is required');
    return message;
  }

  function createArtifact(message: Record<string, unknown>, jobId: string) {
    const name = field(message, 'name') as string;
    if (artifacts.some((a) => a.name === name && a.workflowRunBackendId === runId))
      throw new TwirpError(
        409,
        'already_exists',
        `an artifact with this name already exists on the workflow run: ${name}`,
      );
    const expiresAt = field(message, 'expires_at');
    if (expiresAt !== undefined && (typeof expiresAt !== 'string' || Number.isNaN(Date.parse(expiresAt))))
      throw new TwirpError(400, 'malformed', `expires_at is not an RFC 3339 timestamp: ${String(expiresAt)}`);
    const mimeType = field(message, 'mime_type');
    if (mimeType !== undefined && typeof mimeType !== 'string')
      throw new TwirpError(400, 'malformed', 'mime_type is a google.protobuf.StringValue (a JSON string)');
    const artifact: StoredArtifact = {
      id: nextId++,
      name,
      workflowRunBackendId: runId,
      workflowJobRunBackendId: jobId,
      mimeType,
      expiresAt,
      createdAt: new Date().toISOString(),
      version: Number(field(message, 'version') ?? 0),
      finalized: false,
    };
    artifacts.push(artifact);
    return { ok: true, signed_upload_url: signedUrl(artifact, 'write') };
  }

  /** A blob URL for the artifact, signed (the SAS `sig` is what storage checks). */
  function signedUrl(artifact: StoredArtifact, access: 'write' | 'read'): string {
    const blobId = randomBytes(8).toString('hex');
    const signature = randomBytes(16).toString('hex');
    blobs.set(blobId, { artifact, signature, access, blocks: new Map() });
    return `${origin}/blob/${blobId}?sv=2023-11-03&sp=${access === 'write' ? 'cw' : 'r'}&sig=${signature}`;
  }

  function finalizeArtifact(message: Record<string, unknown>, jobId: string) {
    const name = field(message, 'name') as string;
    const artifact = artifacts.find((a) => a.name === name && a.workflowJobRunBackendId === jobId && !a.finalized);
    if (!artifact) throw new TwirpError(404, 'not_found', `no artifact ${name} waiting to be finalized`);
    if (!artifact.bytes) throw new TwirpError(400, 'failed_precondition', `nothing was uploaded for ${name}`);
    const size = field(message, 'size');
    if (typeof size !== 'string' || !/^\d+$/.test(size) || Number(size) !== artifact.bytes.length)
      throw new TwirpError(
        400,
        'invalid_argument',
        `size ${String(size)} is not the uploaded ${artifact.bytes.length} bytes`,
      );
    const hash = field(message, 'hash');
    const actual = `sha256:${createHash('sha256').update(artifact.bytes).digest('hex')}`;
    if (hash !== undefined && hash !== actual)
      throw new TwirpError(400, 'invalid_argument', `hash ${String(hash)} is not the uploaded blob's ${actual}`);
    Object.assign(artifact, { finalized: true, size: Number(size), hash });
    return { ok: true, artifact_id: String(artifact.id) };
  }

  /** The run's finalized artifacts (every job's and attempt's), optionally one name or id. */
  function listArtifacts(message: Record<string, unknown>) {
    const nameFilter = field(message, 'name_filter');
    const idFilter = field(message, 'id_filter');
    if (nameFilter !== undefined && typeof nameFilter !== 'string')
      throw new TwirpError(400, 'malformed', 'name_filter is a google.protobuf.StringValue (a JSON string)');
    if (idFilter !== undefined && (typeof idFilter !== 'string' || !/^\d+$/.test(idFilter)))
      throw new TwirpError(400, 'malformed', 'id_filter is a google.protobuf.Int64Value (a JSON string of digits)');
    const listed = artifacts.filter(
      (a) =>
        a.finalized &&
        (nameFilter === undefined || a.name === nameFilter) &&
        (idFilter === undefined || String(a.id) === idFilter),
    );
    return {
      artifacts: listed.map((a) => ({
        workflow_run_backend_id: a.workflowRunBackendId,
        workflow_job_run_backend_id: a.workflowJobRunBackendId,
        database_id: String(a.id),
        name: a.name,
        size: String(a.size),
        created_at: a.createdAt,
        ...(a.hash === undefined ? {} : { digest: a.hash }),
      })),
    };
  }

  function finalizedArtifact(message: Record<string, unknown>): StoredArtifact {
    const name = field(message, 'name') as string;
    const job = field(message, 'workflow_job_run_backend_id');
    const artifact = artifacts.find((a) => a.name === name && a.workflowJobRunBackendId === job && a.finalized);
    if (!artifact) throw new TwirpError(404, 'not_found', `no artifact ${name} on the workflow run`);
    return artifact;
  }

  function deleteArtifact(message: Record<string, unknown>) {
    const artifact = finalizedArtifact(message);
    artifacts.splice(artifacts.indexOf(artifact), 1);
    for (const [id, entry] of blobs) if (entry.artifact === artifact) blobs.delete(id);
    return { ok: true, artifact_id: String(artifact.id) };
  }

  /** Azure Blob Storage: Put Block (comp=block&blockid=…), Put Block List (comp=blocklist) and Get Blob. */
  function blob(request: http.IncomingMessage, url: URL, body: Buffer, response: http.ServerResponse) {
    const entry = blobs.get(url.pathname.slice('/blob/'.length));
    if (!entry || url.searchParams.get('sig') !== entry.signature) {
      response.writeHead(403, { 'x-ms-error-code': 'AuthenticationFailed' }).end();
      return;
    }
    const comp = url.searchParams.get('comp');
    if ((request.method === 'GET') !== (entry.access === 'read')) {
      response.writeHead(403, { 'x-ms-error-code': 'AuthorizationPermissionMismatch' }).end();
      return;
    }
    if (request.method === 'PUT' && comp === 'block') {
      const id = url.searchParams.get('blockid');
      if (!id) {
        response.writeHead(400, { 'x-ms-error-code': 'InvalidQueryParameterValue' }).end();
        return;
      }
      entry.blocks.set(id, body);
      response.writeHead(201, { 'x-ms-request-server-encrypted': 'true' }).end();
      return;
    }
    if (request.method === 'PUT' && comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1]);
      if (ids.some((id) => !entry.blocks.has(id))) {
        response.writeHead(400, { 'x-ms-error-code': 'InvalidBlockList' }).end();
        return;
      }
      entry.artifact.bytes = Buffer.concat(ids.map((id) => entry.blocks.get(id)!));
      entry.artifact.blobContentType = headerOf(request, 'x-ms-blob-content-type');
      response.writeHead(201, { etag: `"${entry.artifact.id}"`, 'last-modified': new Date().toUTCString() }).end();
      return;
    }
    if (request.method === 'PUT' && request.headers['x-ms-blob-type'] === 'BlockBlob' && comp === null) {
      entry.artifact.bytes = body;
      entry.artifact.blobContentType = headerOf(request, 'x-ms-blob-content-type');
      response.writeHead(201, { etag: `"${entry.artifact.id}"`, 'last-modified': new Date().toUTCString() }).end();
      return;
    }
    if (request.method === 'GET' && comp === null) {
      const bytes = entry.artifact.finalized ? entry.artifact.bytes : undefined;
      if (!bytes) {
        response.writeHead(404, { 'x-ms-error-code': 'BlobNotFound' }).end();
        return;
      }
      response
        .writeHead(200, {
          'content-type': entry.artifact.blobContentType ?? 'application/octet-stream',
          'content-length': bytes.length,
          'x-ms-blob-type': 'BlockBlob',
          etag: `"${entry.artifact.id}"`,
        })
        .end(bytes);
      return;
    }
    response.writeHead(400, { 'x-ms-error-code': 'UnsupportedHttpVerb' }).end();
  }

  function headerOf(request: http.IncomingMessage, name: string): string | undefined {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
  }

  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(request.url ?? '/', origin);
    requests.push(`${request.method} ${url.pathname}`);
    if (url.pathname.startsWith('/blob/')) return blob(request, url, body, response);
    try {
      if (request.method !== 'POST' || !url.pathname.startsWith(SERVICE))
        throw new TwirpError(404, 'bad_route', `no handler for ${request.method} ${url.pathname}`);
      const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '');
      const jobId = bearer ? jobsByToken.get(bearer[1]) : undefined;
      if (!jobId) throw new TwirpError(401, 'unauthenticated', 'the runtime token is missing or wrong');
      if (!String(request.headers['content-type']).startsWith('application/json'))
        throw new TwirpError(415, 'bad_route', 'Twirp JSON requests are application/json');
      const method = url.pathname.slice(SERVICE.length);
      if (!(method in REQUEST_FIELDS)) throw new TwirpError(404, 'bad_route', `no method ${method}`);
      let parsed: unknown;
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        throw new TwirpError(400, 'malformed', 'the body is not JSON');
      }
      const message = checkRequest(method, parsed, jobId);
      const reply =
        method === 'CreateArtifact'
          ? createArtifact(message, jobId)
          : method === 'FinalizeArtifact'
            ? finalizeArtifact(message, jobId)
            : method === 'ListArtifacts'
              ? listArtifacts(message)
              : method === 'GetSignedArtifactURL'
                ? { signed_url: signedUrl(finalizedArtifact(message), 'read') }
                : deleteArtifact(message);
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
    } catch (error) {
      if (!(error instanceof TwirpError)) throw error;
      response
        .writeHead(error.status, { 'content-type': 'application/json' })
        .end(JSON.stringify({ code: error.code, msg: error.message }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    env: { ACTIONS_RUNTIME_TOKEN: token, ACTIONS_RESULTS_URL: `${origin}/` },
    anotherJob: () => ({ ACTIONS_RUNTIME_TOKEN: newJobToken(), ACTIONS_RESULTS_URL: `${origin}/` }),
    artifacts,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
