// A loopback stand-in for GitHub's releases, assets, git-refs and artifact-attestations REST API,
// held to GitHub's OpenAPI description.
import { createHash, randomBytes } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { applyFault, faultRequestOf, noFaults, type Fault, type FaultPlan } from '../harness/faults.js';
import { githubDescription, type OperationId, type SchemaViolation, type SpecOperation } from './openapi.js';

export type { SchemaViolation } from './openapi.js';

/** Which of the three loopback origins served a request. */
export type Origin = 'api' | 'uploads' | 'web';

export interface TokenIdentity {
  /** Login shown as release author and asset uploader. Default `github-actions[bot]`. */
  login?: string;
  /** Write access (contents: write). Default true. */
  push?: boolean;
}

export interface StandInOptions {
  /**
   * Known tokens. When given, any other token is "Bad credentials" (401). When omitted, every token is
   * accepted as `github-actions[bot]` with push access, like a job's GITHUB_TOKEN with contents: write.
   */
  tokens?: Record<string, TokenIdentity>;
  /** Primary rate limit per token per hour (GitHub: 5000 for GITHUB_TOKEN on a repo, 60 anonymous). */
  rateLimit?: number;
}

export interface AssetSnapshot {
  id: number;
  name: string;
  label: string;
  contentType: string;
  state: 'uploaded' | 'starter';
  size: number;
  digest: string | null;
  downloadCount: number;
  /** The stored bytes themselves (not a copy): read-only. */
  bytes: Buffer;
}

export interface ReleaseSnapshot {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable: boolean;
  latest: boolean;
  author: string;
  createdAt: string;
  publishedAt: string | null;
  assets: AssetSnapshot[];
}

export interface SeedRelease {
  tagName: string;
  name?: string | null;
  body?: string | null;
  draft?: boolean;
  prerelease?: boolean;
  targetCommitish?: string;
  /** Make it the repository's latest release (default: true when published and not a prerelease). */
  latest?: boolean;
  assets?: { name: string; bytes: Buffer | string; contentType?: string; label?: string }[];
}

/** What a test can read and set directly, without going through HTTP. */
export interface StandInState {
  /** Releases of a repository in creation order, with their assets and bytes. */
  releases(owner: string, repo: string): ReleaseSnapshot[];
  /** Create a release directly (bypassing HTTP, faults and validation). */
  addRelease(owner: string, repo: string, release: SeedRelease): ReleaseSnapshot;
  /** Set a git ref, e.g. setRef('o', 'r', 'tags/v1.2.3', sha). `type` 'tag' for annotated tag objects. */
  setRef(owner: string, repo: string, ref: string, sha: string, type?: 'commit' | 'tag'): void;
  deleteRef(owner: string, repo: string, ref: string): void;
  /** Git refs (without `refs/`) → sha. */
  refs(owner: string, repo: string): Record<string, string>;
  /** Repository settings: default branch, visibility. */
  configureRepository(owner: string, repo: string, settings: { defaultBranch?: string; private?: boolean }): void;
  /** The id of the repository's latest release, if any. */
  latestReleaseId(owner: string, repo: string): number | undefined;
  /**
   * Store an artifact attestation (a Sigstore bundle) directly, as actions/attest-build-provenance
   * does through the API; it is listed under each sha256 subject of its in-toto statement.
   */
  addAttestation(owner: string, repo: string, bundle: object): number;
  /** The repository's attestations, in creation order. */
  attestations(owner: string, repo: string): AttestationSnapshot[];
}

export interface AttestationSnapshot {
  id: number;
  /** `sha256:<hex>` of every subject of the attested statement. */
  subjects: string[];
  predicateType: string | undefined;
  bundle: object;
}

export interface LogEntry {
  origin: Origin;
  method: string;
  path: string;
  query: string;
  operationId?: OperationId;
  /** HTTP status sent; 0 when the connection was reset (or no answer yet). */
  status: number;
  fault: Fault['kind'];
  requestBytes: number;
  durationMs: number;
}

export interface LogQuery {
  method?: string;
  /** An exact path, a template like /repos/{owner}/{repo}/releases/{release_id}/assets, or a RegExp. */
  pathPattern?: string | RegExp;
  operationId?: OperationId;
  origin?: Origin;
  status?: number;
  /** Only requests that got (true) or did not get (false) an injected fault. */
  faulted?: boolean;
}

/** Every request the stand-in saw, in arrival order. */
export interface RequestLog {
  readonly entries: LogEntry[];
  count(query?: LogQuery): number;
  filter(query?: LogQuery): LogEntry[];
  clear(): void;
}

export interface ResponseInfo {
  operationId: OperationId;
  method: string;
  path: string;
  status: number;
}

export interface GitHubStandIn {
  /** Base URL for GITHUB_API_URL / octokit baseUrl. */
  apiUrl: string;
  /** Origin of upload_url (uploads.github.com's stand-in). */
  uploadsUrl: string;
  /** Origin of html_url and browser_download_url (GITHUB_SERVER_URL). */
  serverUrl: string;
  state: StandInState;
  log: RequestLog;
  /** Schema violations seen so far (requests the stand-in got, replies it refused to send). */
  schemaViolations: SchemaViolation[];
  /** Throw, listing them, if any request or reply broke GitHub's description. */
  assertNoSchemaViolations(): void;
  /** Inject faults from this plan; `origin` limits it to one origin (default: API and uploads share it). */
  faults(plan: FaultPlan, origin?: 'api' | 'uploads' | 'both'): void;
  /** Turn the repository's "immutable releases" setting on or off (affects releases published later). */
  setImmutable(owner: string, repo: string, immutable: boolean): void;
  /**
   * Test hook: rewrite JSON replies before they are validated and sent (return undefined to leave one
   * alone). Returns a function that removes the hook.
   */
  corruptResponses(mutate: (info: ResponseInfo, body: unknown) => unknown): () => void;
  /** Environment for an action or CLI run against this stand-in. */
  env(): Record<string, string>;
  close(): Promise<void>;
}

interface AssetRecord {
  id: number;
  name: string;
  label: string;
  contentType: string;
  state: 'uploaded' | 'starter';
  bytes: Buffer;
  digest: string | null;
  downloadCount: number;
  uploader: string;
  createdAt: string;
  updatedAt: string;
  /** Secret part of the storage URL GitHub redirects downloads to. */
  objectKey: string;
}

interface ReleaseRecord {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable: boolean;
  author: string;
  createdAt: string;
  publishedAt: string | null;
  updatedAt: string;
  /** Drafts have no tag URL yet: GitHub shows them under untagged-<hex>. */
  untaggedKey: string;
  assets: AssetRecord[];
}

interface RepoRecord {
  owner: string;
  name: string;
  id: number;
  immutable: boolean;
  private: boolean;
  defaultBranch: string;
  createdAt: string;
  releases: ReleaseRecord[];
  refs: Map<string, { sha: string; type: 'commit' | 'tag' }>;
  /** Tags that an immutable release has used: they can never be released again (GitHub's lock). */
  lockedTags: Set<string>;
  latestId?: number;
  attestations: AttestationSnapshot[];
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Caller {
  token?: string;
  login: string;
  push: boolean;
}

interface RequestContext {
  origin: Origin;
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  operation: SpecOperation;
  params: Record<string, string>;
  repo: RepoRecord;
  caller: Caller;
  body: unknown;
  raw: Buffer;
  fault: Fault;
}

const DOCS = 'https://docs.github.com/rest';
const BODY_LIMIT = 125_000;
const BOT_LOGIN = 'github-actions[bot]';

class StandInError extends Error {
  constructor(readonly reply: Reply) {
    super(`stand-in reply ${reply.status}`);
  }
}

const fail = (status: number, message: string, extra: Record<string, unknown> = {}, documentation = DOCS): never => {
  throw new StandInError({
    status,
    body: { message, documentation_url: documentation, status: String(status), ...extra },
  });
};
const notFound = (): never => fail(404, 'Not Found', {}, 'https://docs.github.com/rest');
const validationFailed = (errors: Record<string, unknown>[], documentation = DOCS): never =>
  fail(422, 'Validation Failed', { errors }, documentation);

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** GitHub's documented renaming of asset file names (special characters, leading/trailing periods). */
export function githubAssetName(name: string): string {
  let renamed = name.replace(/[^A-Za-z0-9._+-]/g, '.');
  if (renamed.startsWith('.')) renamed = `default${renamed}`;
  return renamed.replace(/\.+$/, '');
}

/** Start the stand-in: API, uploads and web origins, each on its own free loopback port. */
export async function startGitHubStandIn(options: StandInOptions = {}): Promise<GitHubStandIn> {
  const description = githubDescription();
  const repos = new Map<string, RepoRecord>();
  const entries: LogEntry[] = [];
  const schemaViolations: SchemaViolation[] = [];
  const rateWindows = new Map<string, { used: number; reset: number }>();
  const mutators: ((info: ResponseInfo, body: unknown) => unknown)[] = [];
  const plans: Record<'api' | 'uploads', FaultPlan> = { api: noFaults, uploads: noFaults };
  const limit = options.rateLimit ?? 5000;
  let nextId = 1000;
  const allocateId = () => ++nextId;

  const servers = { api: http.createServer(), uploads: http.createServer(), web: http.createServer() };
  const urls = { api: '', uploads: '', web: '' };
  await Promise.all(
    (Object.keys(servers) as Origin[]).map(
      (origin) =>
        new Promise<void>((resolve) =>
          servers[origin].listen(0, '127.0.0.1', () => {
            urls[origin] = `http://127.0.0.1:${(servers[origin].address() as AddressInfo).port}`;
            resolve();
          }),
        ),
    ),
  );

  // ---------- state ----------

  function repoRecord(owner: string, name: string): RepoRecord {
    const key = `${owner}/${name}`.toLowerCase();
    let repo = repos.get(key);
    if (!repo) {
      repo = {
        owner,
        name,
        id: allocateId(),
        immutable: false,
        private: false,
        defaultBranch: 'main',
        createdAt: now(),
        releases: [],
        refs: new Map(),
        lockedTags: new Set(),
        attestations: [],
      };
      repos.set(key, repo);
    }
    return repo;
  }

  function tagSha(repo: RepoRecord, release: ReleaseRecord): string {
    if (/^[0-9a-f]{40}$/.test(release.targetCommitish)) return release.targetCommitish;
    const branch = repo.refs.get(`heads/${release.targetCommitish}`);
    return (
      branch?.sha ?? createHash('sha1').update(`${repo.owner}/${repo.name}@${release.targetCommitish}`).digest('hex')
    );
  }

  /** Publishing: GitHub creates the tag if missing, stamps immutability and updates "latest". */
  function publish(repo: RepoRecord, release: ReleaseRecord, makeLatest: string | undefined): void {
    release.draft = false;
    release.publishedAt = now();
    if (!repo.refs.has(`tags/${release.tagName}`))
      repo.refs.set(`tags/${release.tagName}`, { sha: tagSha(repo, release), type: 'commit' });
    if (repo.immutable) {
      release.immutable = true;
      repo.lockedTags.add(release.tagName);
    }
    applyMakeLatest(repo, release, makeLatest);
  }

  function applyMakeLatest(repo: RepoRecord, release: ReleaseRecord, makeLatest: string | undefined): void {
    if (release.draft) return;
    const mode = makeLatest ?? 'true';
    if (mode === 'true' && !release.prerelease) repo.latestId = release.id;
    else if (mode === 'legacy') repo.latestId = legacyLatest(repo)?.id;
  }

  /** GitHub's "legacy" rule: the most recently created published, non-prerelease release. */
  function legacyLatest(repo: RepoRecord): ReleaseRecord | undefined {
    return repo.releases
      .filter((r) => !r.draft && !r.prerelease)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)[0];
  }

  /**
   * Store an attestation the way GitHub indexes it: by the sha256 subjects of the DSSE envelope's
   * in-toto statement. A bundle without one is GitHub's 422.
   */
  function storeAttestation(repo: RepoRecord, bundle: Record<string, unknown>): AttestationSnapshot {
    let statement: { subject?: { digest?: Record<string, unknown> }[]; predicateType?: unknown } | undefined;
    try {
      const payload = (bundle.dsseEnvelope as { payload?: unknown } | undefined)?.payload;
      statement = typeof payload === 'string' ? JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) : undefined;
    } catch {
      statement = undefined;
    }
    const subjects = (Array.isArray(statement?.subject) ? statement.subject : [])
      .map((s) => s?.digest?.sha256)
      .filter((hex): hex is string => typeof hex === 'string' && /^[0-9a-f]{64}$/.test(hex))
      .map((hex) => `sha256:${hex}`);
    if (!subjects.length)
      validationFailed(
        [
          {
            resource: 'Attestation',
            code: 'invalid',
            field: 'bundle',
            message: 'the bundle attests no sha256 subject',
          },
        ],
        `${DOCS}/repos/attestations#create-an-attestation`,
      );
    const attestation: AttestationSnapshot = {
      id: allocateId(),
      subjects,
      predicateType: typeof statement?.predicateType === 'string' ? statement.predicateType : undefined,
      bundle: structuredClone(bundle),
    };
    repo.attestations.push(attestation);
    return attestation;
  }

  function assetSnapshot(asset: AssetRecord): AssetSnapshot {
    // The stored bytes themselves (no copy: assets can be 60 MB); treat them as read-only.
    return {
      id: asset.id,
      name: asset.name,
      label: asset.label,
      contentType: asset.contentType,
      state: asset.state,
      size: asset.bytes.length,
      digest: asset.digest,
      downloadCount: asset.downloadCount,
      bytes: asset.bytes,
    };
  }

  function releaseSnapshot(repo: RepoRecord, release: ReleaseRecord): ReleaseSnapshot {
    return {
      id: release.id,
      tagName: release.tagName,
      targetCommitish: release.targetCommitish,
      name: release.name,
      body: release.body,
      draft: release.draft,
      prerelease: release.prerelease,
      immutable: release.immutable,
      latest: repo.latestId === release.id,
      author: release.author,
      createdAt: release.createdAt,
      publishedAt: release.publishedAt,
      assets: release.assets.map(assetSnapshot),
    };
  }

  function newAsset(
    name: string,
    contentType: string,
    label: string,
    uploader: string,
    bytes: Buffer,
    state: 'uploaded' | 'starter',
  ): AssetRecord {
    const at = now();
    return {
      id: allocateId(),
      name,
      label,
      contentType,
      state,
      bytes,
      digest: state === 'uploaded' ? `sha256:${sha256(bytes)}` : null,
      downloadCount: 0,
      uploader,
      createdAt: at,
      updatedAt: at,
      objectKey: randomBytes(12).toString('hex'),
    };
  }

  const state: StandInState = {
    releases: (owner, repo) => {
      const record = repoRecord(owner, repo);
      return record.releases.map((r) => releaseSnapshot(record, r));
    },
    addRelease: (owner, repoName, seed) => {
      const repo = repoRecord(owner, repoName);
      const at = now();
      const release: ReleaseRecord = {
        id: allocateId(),
        tagName: seed.tagName,
        targetCommitish: seed.targetCommitish ?? repo.defaultBranch,
        name: seed.name ?? null,
        body: seed.body ?? null,
        draft: true,
        prerelease: seed.prerelease ?? false,
        immutable: false,
        author: BOT_LOGIN,
        createdAt: at,
        publishedAt: null,
        updatedAt: at,
        untaggedKey: randomBytes(10).toString('hex'),
        assets: (seed.assets ?? []).map((a) =>
          newAsset(
            githubAssetName(a.name),
            a.contentType ?? 'application/octet-stream',
            a.label ?? '',
            BOT_LOGIN,
            Buffer.from(a.bytes),
            'uploaded',
          ),
        ),
      };
      repo.releases.push(release);
      if (!(seed.draft ?? false))
        publish(repo, release, seed.latest === false ? 'false' : seed.latest === true ? 'true' : undefined);
      return releaseSnapshot(repo, release);
    },
    setRef: (owner, repo, ref, sha, type = 'commit') => {
      repoRecord(owner, repo).refs.set(ref.replace(/^refs\//, ''), { sha, type });
    },
    deleteRef: (owner, repo, ref) => {
      repoRecord(owner, repo).refs.delete(ref.replace(/^refs\//, ''));
    },
    refs: (owner, repo) =>
      Object.fromEntries([...repoRecord(owner, repo).refs].map(([ref, value]) => [ref, value.sha])),
    configureRepository: (owner, repoName, settings) => {
      const repo = repoRecord(owner, repoName);
      if (settings.defaultBranch !== undefined) repo.defaultBranch = settings.defaultBranch;
      if (settings.private !== undefined) repo.private = settings.private;
    },
    latestReleaseId: (owner, repo) => repoRecord(owner, repo).latestId,
    addAttestation: (owner, repo, bundle) =>
      storeAttestation(repoRecord(owner, repo), bundle as Record<string, unknown>).id,
    attestations: (owner, repo) => repoRecord(owner, repo).attestations.map((a) => structuredClone(a)),
  };

  // ---------- JSON shapes as GitHub returns them ----------

  const userJson = (login: string) => {
    const id = login === BOT_LOGIN ? 41898282 : 1 + (parseInt(sha256(Buffer.from(login)).slice(0, 7), 16) % 9_000_000);
    const api = `${urls.api}/users/${encodeURIComponent(login)}`;
    return {
      login,
      id,
      node_id: Buffer.from(`04:User${id}`).toString('base64'),
      avatar_url: `${urls.web}/avatars/u/${id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url: `${urls.web}/${encodeURIComponent(login)}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: login.endsWith('[bot]') ? 'Bot' : 'User',
      user_view_type: 'public',
      site_admin: false,
    };
  };

  const repoApi = (repo: RepoRecord) => `${urls.api}/repos/${repo.owner}/${repo.name}`;
  const releaseTagPath = (release: ReleaseRecord) =>
    release.draft ? `untagged-${release.untaggedKey}` : encodeURIComponent(release.tagName);

  const assetJson = (repo: RepoRecord, release: ReleaseRecord, asset: AssetRecord) => ({
    url: `${repoApi(repo)}/releases/assets/${asset.id}`,
    id: asset.id,
    node_id: `RA_kwDO${Buffer.from(String(asset.id)).toString('base64url')}`,
    name: asset.name,
    label: asset.label,
    uploader: userJson(asset.uploader),
    content_type: asset.contentType,
    state: asset.state,
    size: asset.bytes.length,
    digest: asset.digest,
    download_count: asset.downloadCount,
    created_at: asset.createdAt,
    updated_at: asset.updatedAt,
    browser_download_url: `${urls.web}/${repo.owner}/${repo.name}/releases/download/${releaseTagPath(release)}/${encodeURIComponent(asset.name)}`,
  });

  const releaseJson = (repo: RepoRecord, release: ReleaseRecord) => ({
    url: `${repoApi(repo)}/releases/${release.id}`,
    assets_url: `${repoApi(repo)}/releases/${release.id}/assets`,
    upload_url: `${urls.uploads}/repos/${repo.owner}/${repo.name}/releases/${release.id}/assets{?name,label}`,
    html_url: `${urls.web}/${repo.owner}/${repo.name}/releases/tag/${releaseTagPath(release)}`,
    id: release.id,
    author: userJson(release.author),
    node_id: `RE_kwDO${Buffer.from(String(release.id)).toString('base64url')}`,
    tag_name: release.tagName,
    target_commitish: release.targetCommitish,
    name: release.name,
    draft: release.draft,
    immutable: release.immutable,
    prerelease: release.prerelease,
    created_at: release.createdAt,
    updated_at: release.updatedAt,
    published_at: release.publishedAt,
    assets: release.assets.map((asset) => assetJson(repo, release, asset)),
    tarball_url: release.draft ? null : `${repoApi(repo)}/tarball/${encodeURIComponent(release.tagName)}`,
    zipball_url: release.draft ? null : `${repoApi(repo)}/zipball/${encodeURIComponent(release.tagName)}`,
    body: release.body,
  });

  const refJson = (repo: RepoRecord, ref: string, value: { sha: string; type: 'commit' | 'tag' }) => ({
    ref: `refs/${ref}`,
    node_id: `REF_kwDO${Buffer.from(`${repo.id}:${ref}`).toString('base64url')}`,
    url: `${repoApi(repo)}/git/refs/${ref}`,
    object: {
      sha: value.sha,
      type: value.type,
      url: `${repoApi(repo)}/git/${value.type === 'tag' ? 'tags' : 'commits'}/${value.sha}`,
    },
  });

  /** GitHub's own example of a full repository, re-pointed at this repository and the stand-in's origins. */
  const repositoryJson = (repo: RepoRecord, caller: Caller) => {
    const template = JSON.stringify(description.example('full-repository-default-response'))
      .replaceAll('https://api.github.com', urls.api)
      .replaceAll('https://github.com', urls.web)
      .replaceAll('octocat/Hello-World', `${repo.owner}/${repo.name}`)
      .replaceAll('github.com:', `${new URL(urls.web).host}:`);
    const json = JSON.parse(template) as Record<string, unknown>;
    for (const key of [
      'parent',
      'source',
      'organization',
      'template_repository',
      'security_and_analysis',
      'code_of_conduct',
    ])
      delete json[key];
    const admin = caller.push;
    return {
      ...json,
      id: repo.id,
      node_id: Buffer.from(`010:Repository${repo.id}`).toString('base64'),
      name: repo.name,
      full_name: `${repo.owner}/${repo.name}`,
      owner: userJson(repo.owner),
      private: repo.private,
      visibility: repo.private ? 'private' : 'public',
      fork: false,
      description: null,
      homepage: null,
      language: null,
      default_branch: repo.defaultBranch,
      created_at: repo.createdAt,
      permissions: { admin, maintain: admin, push: caller.push, triage: caller.push, pull: true },
    };
  };

  // ---------- pagination ----------

  function paginate<T>(ctx: RequestContext, items: T[]): Reply & { body: T[] } {
    const perPage = Math.min(100, Math.max(1, Number(ctx.url.searchParams.get('per_page')) || 30));
    const page = Math.max(1, Number(ctx.url.searchParams.get('page')) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number, rel: string) => {
      const target = new URL(ctx.url.pathname + ctx.url.search, urls[ctx.origin === 'uploads' ? 'uploads' : 'api']);
      target.searchParams.set('per_page', String(perPage));
      target.searchParams.set('page', String(p));
      return `<${target}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return {
      status: 200,
      body: items.slice((page - 1) * perPage, page * perPage),
      headers: links.length ? { link: links.join(', ') } : {},
    };
  }

  // ---------- handlers ----------

  const releaseById = (ctx: RequestContext): ReleaseRecord => {
    const release = ctx.repo.releases.find((r) => r.id === Number(ctx.params.release_id));
    // A draft is invisible without push access, exactly like a missing release.
    if (!release || (release.draft && !ctx.caller.push)) return notFound();
    return release;
  };

  const assetById = (ctx: RequestContext): { release: ReleaseRecord; asset: AssetRecord } => {
    for (const release of ctx.repo.releases) {
      const asset = release.assets.find((a) => a.id === Number(ctx.params.asset_id));
      if (asset && (!release.draft || ctx.caller.push)) return { release, asset };
    }
    return notFound();
  };

  const requireString = (value: unknown, field: string): string | undefined => {
    if (value === undefined || value === null) return undefined;
    return typeof value === 'string' ? value : validationFailed([{ resource: 'Release', code: 'invalid', field }]);
  };

  const checkBody = (body: string | undefined | null) => {
    if (body && body.length > BODY_LIMIT)
      validationFailed(
        [
          {
            resource: 'Release',
            code: 'custom',
            field: 'body',
            message: `body is too long (maximum is ${BODY_LIMIT} characters)`,
          },
        ],
        `${DOCS}/releases/releases#create-a-release`,
      );
  };

  /** A tag may carry one published release; an immutable release's tag is locked for good. */
  const checkTagFree = (repo: RepoRecord, tag: string, except?: ReleaseRecord) => {
    // Only the immutable release that locked a tag may keep it (e.g. when its name or body is edited).
    if (repo.lockedTags.has(tag) && !(except?.immutable && except.tagName === tag))
      validationFailed([
        {
          resource: 'Release',
          code: 'custom',
          field: 'tag_name',
          message: 'tag_name was used by an immutable release',
        },
      ]);
    if (repo.releases.some((r) => r !== except && !r.draft && r.tagName === tag))
      validationFailed([{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
  };

  const handlers: Record<OperationId, (ctx: RequestContext) => Reply | Promise<Reply>> = {
    'repos/get': (ctx) => ({ status: 200, body: repositoryJson(ctx.repo, ctx.caller) }),

    'repos/list-releases': (ctx) => {
      const visible = ctx.repo.releases.filter((r) => !r.draft || ctx.caller.push).sort((a, b) => b.id - a.id);
      const page = paginate(ctx, visible);
      return { ...page, body: page.body.map((r) => releaseJson(ctx.repo, r)) };
    },

    'repos/create-release': (ctx) => {
      const input = ctx.body as Record<string, unknown>;
      const tagName = requireString(input.tag_name, 'tag_name') ?? '';
      if (!tagName.trim()) validationFailed([{ resource: 'Release', code: 'missing_field', field: 'tag_name' }]);
      const body = requireString(input.body, 'body');
      checkBody(body);
      const draft = input.draft === true;
      if (!draft) checkTagFree(ctx.repo, tagName);
      const at = now();
      const release: ReleaseRecord = {
        id: allocateId(),
        tagName,
        targetCommitish: requireString(input.target_commitish, 'target_commitish') || ctx.repo.defaultBranch,
        name: requireString(input.name, 'name') ?? null,
        body:
          input.generate_release_notes === true && !body
            ? `**Full Changelog**: ${urls.web}/${ctx.repo.owner}/${ctx.repo.name}/commits/${tagName}`
            : (body ?? null),
        draft: true,
        prerelease: input.prerelease === true,
        immutable: false,
        author: ctx.caller.login,
        createdAt: at,
        publishedAt: null,
        updatedAt: at,
        untaggedKey: randomBytes(10).toString('hex'),
        assets: [],
      };
      ctx.repo.releases.push(release);
      if (!draft) publish(ctx.repo, release, input.make_latest as string | undefined);
      return {
        status: 201,
        body: releaseJson(ctx.repo, release),
        headers: { location: `${repoApi(ctx.repo)}/releases/${release.id}` },
      };
    },

    'repos/get-release': (ctx) => ({ status: 200, body: releaseJson(ctx.repo, releaseById(ctx)) }),

    'repos/get-release-by-tag': (ctx) => {
      // Published only: a draft with this tag is a 404, whoever asks.
      const release = ctx.repo.releases.find((r) => !r.draft && r.tagName === ctx.params.tag);
      return release ? { status: 200, body: releaseJson(ctx.repo, release) } : notFound();
    },

    'repos/get-latest-release': (ctx) => {
      const release = ctx.repo.releases.find((r) => r.id === ctx.repo.latestId && !r.draft);
      return release ? { status: 200, body: releaseJson(ctx.repo, release) } : notFound();
    },

    'repos/update-release': (ctx) => {
      const release = releaseById(ctx);
      const input = (ctx.body ?? {}) as Record<string, unknown>;
      const tagName = requireString(input.tag_name, 'tag_name');
      const target = requireString(input.target_commitish, 'target_commitish');
      const body = requireString(input.body, 'body');
      checkBody(body);
      const wantsDraft = typeof input.draft === 'boolean' ? input.draft : release.draft;
      if (release.immutable) {
        // Immutable: the tag, the commit and the published state are locked; name, body and flags are not.
        if (tagName !== undefined && tagName !== release.tagName)
          validationFailed([
            {
              resource: 'Release',
              code: 'custom',
              field: 'tag_name',
              message: 'Cannot change the tag of an immutable release.',
            },
          ]);
        if (target !== undefined && target !== release.targetCommitish)
          validationFailed([
            {
              resource: 'Release',
              code: 'custom',
              field: 'target_commitish',
              message: 'Cannot change the target of an immutable release.',
            },
          ]);
        if (wantsDraft)
          validationFailed([
            {
              resource: 'Release',
              code: 'custom',
              field: 'draft',
              message: 'Cannot convert an immutable release to a draft.',
            },
          ]);
      }
      const newTag = tagName ?? release.tagName;
      if (!wantsDraft && (release.draft || newTag !== release.tagName)) checkTagFree(ctx.repo, newTag, release);
      release.tagName = newTag;
      if (target !== undefined) release.targetCommitish = target;
      if (input.name !== undefined) release.name = requireString(input.name, 'name') ?? null;
      if (body !== undefined) release.body = body;
      if (typeof input.prerelease === 'boolean') release.prerelease = input.prerelease;
      release.updatedAt = now();
      if (release.draft && !wantsDraft) publish(ctx.repo, release, input.make_latest as string | undefined);
      else if (!release.draft && wantsDraft) {
        release.draft = true;
        release.publishedAt = null;
        if (ctx.repo.latestId === release.id) ctx.repo.latestId = legacyLatest(ctx.repo)?.id;
      } else if (input.make_latest !== undefined) applyMakeLatest(ctx.repo, release, input.make_latest as string);
      if (ctx.repo.latestId === release.id && release.prerelease) ctx.repo.latestId = legacyLatest(ctx.repo)?.id;
      return { status: 200, body: releaseJson(ctx.repo, release) };
    },

    'repos/delete-release': (ctx) => {
      const release = releaseById(ctx);
      // Deleting is allowed even when immutable; the tag stays locked (lockedTags).
      ctx.repo.releases = ctx.repo.releases.filter((r) => r !== release);
      if (ctx.repo.latestId === release.id) ctx.repo.latestId = legacyLatest(ctx.repo)?.id;
      return { status: 204 };
    },

    'repos/list-release-assets': (ctx) => {
      const release = releaseById(ctx);
      const page = paginate(ctx, release.assets);
      return { ...page, body: page.body.map((a) => assetJson(ctx.repo, release, a)) };
    },

    'repos/upload-release-asset': async (ctx) => {
      const release = releaseById(ctx);
      const name = githubAssetName(ctx.url.searchParams.get('name') ?? '');
      const contentType = ctx.req.headers['content-type'];
      if (release.immutable) fail(422, 'Cannot upload assets to an immutable release.');
      if (!name)
        validationFailed(
          [{ resource: 'ReleaseAsset', code: 'missing_field', field: 'name' }],
          `${DOCS}/releases/assets#upload-a-release-asset`,
        );
      if (!contentType)
        validationFailed(
          [{ resource: 'ReleaseAsset', code: 'missing_field', field: 'content_type' }],
          `${DOCS}/releases/assets#upload-a-release-asset`,
        );
      // Checked again after the body arrived: two concurrent uploads of one name cannot both win.
      if (release.assets.some((a) => a.name === name))
        validationFailed(
          [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }],
          `${DOCS}/releases/assets#upload-a-release-asset`,
        );
      const declared = Number(ctx.req.headers['content-length']);
      if (Number.isFinite(declared) && declared !== ctx.raw.length)
        fail(400, `Body length ${ctx.raw.length} does not match Content-Length ${declared}`);
      const asset = newAsset(
        name,
        String(contentType),
        ctx.url.searchParams.get('label') ?? '',
        ctx.caller.login,
        ctx.raw,
        'uploaded',
      );
      release.assets.push(asset);
      return { status: 201, body: assetJson(ctx.repo, release, asset) };
    },

    'repos/get-release-asset': (ctx) => {
      const { release, asset } = assetById(ctx);
      if (/application\/octet-stream/i.test(String(ctx.req.headers.accept ?? ''))) {
        if (asset.state !== 'uploaded') return notFound();
        // GitHub answers 302 to a signed storage URL on another host.
        return { status: 302, headers: { location: `${urls.web}/_objects/${asset.id}/${asset.objectKey}` } };
      }
      return { status: 200, body: assetJson(ctx.repo, release, asset) };
    },

    'repos/update-release-asset': (ctx) => {
      const { release, asset } = assetById(ctx);
      if (release.immutable) fail(422, 'Cannot update assets of an immutable release.');
      const input = (ctx.body ?? {}) as Record<string, unknown>;
      if (typeof input.name === 'string') {
        const renamed = githubAssetName(input.name);
        if (release.assets.some((a) => a !== asset && a.name === renamed))
          validationFailed([{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }]);
        asset.name = renamed;
      }
      if (typeof input.label === 'string') asset.label = input.label;
      asset.updatedAt = now();
      return { status: 200, body: assetJson(ctx.repo, release, asset) };
    },

    'repos/delete-release-asset': (ctx) => {
      const { release, asset } = assetById(ctx);
      if (release.immutable) fail(422, 'Cannot delete asset from an immutable release.');
      release.assets = release.assets.filter((a) => a !== asset);
      return { status: 204 };
    },

    // Artifact attestations (actions/attest-build-provenance stores them; `gh attestation verify` reads them).
    'repos/create-attestation': (ctx) => {
      const input = ctx.body as { bundle: Record<string, unknown> };
      const stored = storeAttestation(ctx.repo, input.bundle);
      return { status: 201, body: { id: stored.id } };
    },

    'repos/list-attestations': (ctx) => {
      const digest = ctx.params.subject_digest;
      // GitHub's shorthands for its own predicate types; anything else is compared as given.
      const wanted = ctx.url.searchParams.get('predicate_type');
      const predicate =
        wanted === 'provenance'
          ? 'https://slsa.dev/provenance/v1'
          : wanted === 'sbom'
            ? 'https://spdx.dev/Document/v2.3'
            : wanted === 'release'
              ? 'https://in-toto.io/attestation/release/v0.1'
              : wanted;
      const perPage = Math.min(100, Math.max(1, Number(ctx.url.searchParams.get('per_page')) || 30));
      const found = ctx.repo.attestations
        .filter((a) => a.subjects.includes(digest) && (!predicate || a.predicateType === predicate))
        .slice(0, perPage);
      // No attestation for the digest is a 404, which `gh attestation verify` reads as "none found".
      if (!found.length) return notFound();
      return {
        status: 200,
        body: { attestations: found.map((a) => ({ bundle: structuredClone(a.bundle), repository_id: ctx.repo.id })) },
      };
    },

    'git/get-ref': (ctx) => {
      const ref = ctx.params.ref.replace(/^refs\//, '');
      const value = ctx.repo.refs.get(ref);
      return value ? { status: 200, body: refJson(ctx.repo, ref, value) } : notFound();
    },

    'git/list-matching-refs': (ctx) => {
      const prefix = ctx.params.ref.replace(/^refs\//, '');
      const matching = [...ctx.repo.refs]
        .filter(([ref]) => ref.startsWith(prefix))
        .sort(([a], [b]) => a.localeCompare(b));
      return { status: 200, body: matching.map(([ref, value]) => refJson(ctx.repo, ref, value)) };
    },

    'git/create-ref': (ctx) => {
      const input = ctx.body as { ref: string; sha: string };
      if (!/^refs\/.+\/.+/.test(input.ref))
        fail(422, "Reference name must start with 'refs/' and have at least two slashes.");
      if (!/^[0-9a-f]{40}$/.test(input.sha)) fail(422, 'Object does not exist');
      const ref = input.ref.replace(/^refs\//, '');
      if (ctx.repo.refs.has(ref)) fail(422, 'Reference already exists');
      ctx.repo.refs.set(ref, { sha: input.sha, type: 'commit' });
      return {
        status: 201,
        body: refJson(ctx.repo, ref, ctx.repo.refs.get(ref)!),
        headers: { location: `${repoApi(ctx.repo)}/git/refs/${ref}` },
      };
    },

    'git/update-ref': (ctx) => {
      const ref = ctx.params.ref.replace(/^refs\//, '');
      const input = ctx.body as { sha: string; force?: boolean };
      const current = ctx.repo.refs.get(ref);
      if (!current) fail(422, 'Reference does not exist');
      if (ref.startsWith('tags/') && ctx.repo.lockedTags.has(ref.slice(5)))
        fail(422, 'Cannot update a tag used by an immutable release.');
      ctx.repo.refs.set(ref, { sha: input.sha, type: current!.type });
      return { status: 200, body: refJson(ctx.repo, ref, ctx.repo.refs.get(ref)!) };
    },

    'git/delete-ref': (ctx) => {
      const ref = ctx.params.ref.replace(/^refs\//, '');
      if (!ctx.repo.refs.has(ref)) fail(422, 'Reference does not exist');
      if (ref.startsWith('tags/') && ctx.repo.lockedTags.has(ref.slice(5)))
        fail(422, 'Cannot delete a tag used by an immutable release.');
      ctx.repo.refs.delete(ref);
      return { status: 204 };
    },
  };

  // ---------- plumbing: auth, rate limits, faults, validation, logging ----------

  function identify(req: IncomingMessage): Caller | 'bad-credentials' {
    const header = req.headers.authorization;
    const token = header?.match(/^(?:token|bearer)\s+(\S+)$/i)?.[1];
    if (!token) return { login: 'anonymous', push: false };
    if (options.tokens) {
      const known = options.tokens[token];
      if (!known) return 'bad-credentials';
      return { token, login: known.login ?? BOT_LOGIN, push: known.push ?? true };
    }
    return { token, login: BOT_LOGIN, push: true };
  }

  /** x-ratelimit-* on every API and uploads response; a spent window answers GitHub's primary-limit 403. */
  function rateLimit(res: ServerResponse, caller: Caller): boolean {
    const key = caller.token ?? 'anonymous';
    const max = caller.token ? limit : Math.min(limit, 60);
    const nowSeconds = Math.floor(Date.now() / 1000);
    let window = rateWindows.get(key);
    if (!window || window.reset <= nowSeconds) {
      window = { used: 0, reset: nowSeconds + 3600 };
      rateWindows.set(key, window);
    }
    const allowed = window.used < max;
    if (allowed) window.used += 1;
    res.setHeader('x-ratelimit-limit', String(max));
    res.setHeader('x-ratelimit-remaining', String(max - window.used));
    res.setHeader('x-ratelimit-reset', String(window.reset));
    res.setHeader('x-ratelimit-used', String(window.used));
    res.setHeader('x-ratelimit-resource', 'core');
    return allowed;
  }

  /**
   * Log a request on arrival; its status is recorded when the headers go out, so a client that has its
   * answer always finds it in the log (0 = no answer: the connection was reset).
   */
  function track(entry: LogEntry, res: ServerResponse, started: number): void {
    entries.push(entry);
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    (res as unknown as { writeHead: (...args: unknown[]) => ServerResponse }).writeHead = (...args: unknown[]) => {
      entry.status = Number(args[0]);
      return writeHead(...args);
    };
    res.on('close', () => {
      entry.durationMs = Date.now() - started;
    });
  }

  function send(res: ServerResponse, reply: Reply): void {
    for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
    if (reply.body === undefined) {
      res.statusCode = reply.status;
      res.end();
      return;
    }
    const text = JSON.stringify(reply.body);
    res.statusCode = reply.status;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('content-length', String(Buffer.byteLength(text)));
    res.end(text);
  }

  function readBody(req: IncomingMessage): Promise<Buffer | 'aborted'> {
    if (req.readableEnded) return Promise.resolve(Buffer.alloc(0));
    return new Promise((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => resolve(Buffer.concat(chunks)));
      req.on('error', () => resolve('aborted'));
      req.on('close', () => {
        if (!req.complete) resolve('aborted');
      });
    });
  }

  /** GitHub leaves a `starter` asset behind when an upload breaks off; clients must delete it. */
  function leaveStarterAsset(ctx: Omit<RequestContext, 'body' | 'raw' | 'fault'>): void {
    const release = ctx.repo.releases.find((r) => r.id === Number(ctx.params.release_id));
    const name = githubAssetName(ctx.url.searchParams.get('name') ?? '');
    if (!release || release.immutable || !name || release.assets.some((a) => a.name === name) || !ctx.caller.push)
      return;
    release.assets.push(
      newAsset(
        name,
        String(ctx.req.headers['content-type'] ?? 'application/octet-stream'),
        ctx.url.searchParams.get('label') ?? '',
        ctx.caller.login,
        Buffer.alloc(0),
        'starter',
      ),
    );
  }

  async function handleApi(origin: 'api' | 'uploads', req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const url = new URL(req.url ?? '/', urls[origin]);
    const entry: LogEntry = {
      origin,
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search,
      status: 0,
      fault: 'none',
      requestBytes: 0,
      durationMs: 0,
    };
    // Declared length until the body is read (a fault may cut it short); the bytes read after that.
    entry.requestBytes = Number(req.headers['content-length']) || 0;
    track(entry, res, started);
    res.setHeader('x-github-api-version-selected', '2022-11-28');
    res.setHeader('x-github-request-id', randomBytes(8).toString('hex').toUpperCase());

    const caller = identify(req);
    const matched = description.match(entry.method, url.pathname, origin === 'uploads');
    entry.operationId = matched?.operation.operationId;

    const fault = (origin === 'api' ? plans.api : plans.uploads).next(faultRequestOf(req));
    entry.fault = fault.kind;
    const withinRateLimit = caller === 'bad-credentials' || rateLimit(res, caller);
    if (
      fault.kind === 'reset' &&
      fault.afterBytes > 0 &&
      matched?.operation.operationId === 'repos/upload-release-asset' &&
      caller !== 'bad-credentials'
    ) {
      leaveStarterAsset({
        origin,
        req,
        res,
        url,
        operation: matched.operation,
        params: matched.params,
        repo: repoRecord(matched.params.owner, matched.params.repo),
        caller,
      });
    }
    if ((await applyFault(fault, req, res)) === 'handled') return;

    const raw = await readBody(req);
    if (raw !== 'aborted') entry.requestBytes = raw.length;
    if (raw === 'aborted') {
      if (matched?.operation.operationId === 'repos/upload-release-asset' && caller !== 'bad-credentials') {
        leaveStarterAsset({
          origin,
          req,
          res,
          url,
          operation: matched.operation,
          params: matched.params,
          repo: repoRecord(matched.params.owner, matched.params.repo),
          caller,
        });
      }
      return;
    }
    if (!matched)
      return send(res, { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } });
    if (caller === 'bad-credentials')
      return send(res, { status: 401, body: { message: 'Bad credentials', documentation_url: DOCS, status: '401' } });
    if (!withinRateLimit) {
      return send(res, {
        status: 403,
        body: {
          message: `API rate limit exceeded for ${caller.login}.`,
          documentation_url: `${DOCS}/using-the-rest-api/rate-limits-for-the-rest-api`,
          status: '403',
        },
      });
    }
    const { operation, params } = matched;
    const isWrite = !['GET', 'HEAD'].includes(entry.method);

    let body: unknown;
    if (operation.operationId !== 'repos/upload-release-asset' && raw.length) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return send(res, {
          status: 400,
          body: { message: 'Problems parsing JSON', documentation_url: DOCS, status: '400' },
        });
      }
    }
    if (operation.requestSchema && (body !== undefined || isWrite)) {
      const errors = description.validateRequest(operation, body ?? {});
      if (errors.length) {
        schemaViolations.push({
          direction: 'request',
          operationId: operation.operationId,
          method: entry.method,
          path: url.pathname,
          errors,
        });
        return send(res, {
          status: 422,
          body: { message: `Invalid request.\n\n${errors.join('\n')}`, documentation_url: DOCS, status: '422' },
        });
      }
    }
    if (isWrite && !caller.token)
      return send(res, {
        status: 401,
        body: { message: 'Requires authentication', documentation_url: DOCS, status: '401' },
      });
    if (isWrite && !caller.push)
      return send(res, {
        status: 403,
        body: { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' },
      });

    const ctx: RequestContext = {
      origin,
      req,
      res,
      url,
      operation,
      params,
      repo: repoRecord(params.owner, params.repo),
      caller,
      body,
      raw,
      fault,
    };
    // A private repository does not exist for a caller without a token, as on GitHub.
    if (ctx.repo.private && !caller.token)
      return send(res, { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } });
    let reply: Reply;
    try {
      reply = await handlers[operation.operationId](ctx);
    } catch (error) {
      if (!(error instanceof StandInError)) throw error;
      reply = error.reply;
    }
    const info: ResponseInfo = {
      operationId: operation.operationId,
      method: entry.method,
      path: url.pathname,
      status: reply.status,
    };
    for (const mutate of mutators) {
      const changed = reply.body === undefined ? undefined : mutate(info, structuredClone(reply.body));
      if (changed !== undefined) reply = { ...reply, body: changed };
    }
    const errors = description.validateResponse(operation, reply.status, reply.body);
    if (errors.length) {
      schemaViolations.push({
        direction: 'response',
        operationId: operation.operationId,
        method: entry.method,
        path: url.pathname,
        status: reply.status,
        errors,
      });
      return send(res, {
        status: 500,
        body: {
          message: `GitHub stand-in bug: its ${reply.status} reply to ${operation.operationId} breaks GitHub's OpenAPI description: ${errors.join('; ')}`,
          documentation_url: DOCS,
          status: '500',
        },
      });
    }
    send(res, reply);
  }

  /** The web origin: browser_download_url and the storage URLs GitHub redirects downloads to. */
  function handleWeb(req: IncomingMessage, res: ServerResponse): void {
    const started = Date.now();
    const url = new URL(req.url ?? '/', urls.web);
    const entry: LogEntry = {
      origin: 'web',
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search,
      status: 0,
      fault: 'none',
      requestBytes: 0,
      durationMs: 0,
    };
    track(entry, res, started);
    req.resume();
    const caller = identify(req);
    const object = /^\/_objects\/(\d+)\/([0-9a-f]+)$/.exec(url.pathname);
    const browser = /^\/([^/]+)\/([^/]+)\/releases\/download\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    const serve = (asset: AssetRecord) => {
      asset.downloadCount += 1;
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-length': String(asset.bytes.length),
        'content-disposition': `attachment; filename=${asset.name}`,
      });
      res.end(asset.bytes);
    };
    if (object) {
      for (const repo of repos.values()) {
        for (const release of repo.releases) {
          const asset = release.assets.find(
            (a) => a.id === Number(object[1]) && a.objectKey === object[2] && a.state === 'uploaded',
          );
          if (asset) return serve(asset);
        }
      }
    } else if (browser && req.method === 'GET') {
      const repo = repos.get(`${decodeURIComponent(browser[1])}/${decodeURIComponent(browser[2])}`.toLowerCase());
      const tagPart = decodeURIComponent(browser[3]);
      const release = repo?.releases.find((r) =>
        r.draft
          ? `untagged-${r.untaggedKey}` === tagPart && caller !== 'bad-credentials' && caller.push
          : r.tagName === tagPart,
      );
      const asset = release?.assets.find((a) => a.name === decodeURIComponent(browser[4]) && a.state === 'uploaded');
      if (asset) {
        res.writeHead(302, { location: `${urls.web}/_objects/${asset.id}/${asset.objectKey}` });
        return void res.end();
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('Not Found');
  }

  const onError = (res: ServerResponse) => (error: unknown) => {
    if (!res.headersSent)
      send(res, {
        status: 500,
        body: {
          message: `GitHub stand-in crashed: ${(error as Error).stack ?? String(error)}`,
          documentation_url: DOCS,
        },
      });
    else res.destroy();
  };
  servers.api.on('request', (req, res) => void handleApi('api', req, res).catch(onError(res)));
  servers.uploads.on('request', (req, res) => void handleApi('uploads', req, res).catch(onError(res)));
  servers.web.on('request', (req, res) => {
    try {
      handleWeb(req, res);
    } catch (error) {
      onError(res)(error);
    }
  });

  // ---------- the handle ----------

  const matches = (entry: LogEntry, query: LogQuery) => {
    if (query.method && entry.method !== query.method.toUpperCase()) return false;
    if (query.operationId && entry.operationId !== query.operationId) return false;
    if (query.origin && entry.origin !== query.origin) return false;
    if (query.status !== undefined && entry.status !== query.status) return false;
    if (query.faulted !== undefined && (entry.fault !== 'none') !== query.faulted) return false;
    if (query.pathPattern instanceof RegExp) return query.pathPattern.test(entry.path);
    if (typeof query.pathPattern === 'string') {
      if (!query.pathPattern.includes('{')) return entry.path === query.pathPattern;
      const source = query.pathPattern
        .split(/\{[^}]+\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]+');
      return new RegExp(`^${source}$`).test(entry.path);
    }
    return true;
  };

  const log: RequestLog = {
    entries,
    count: (query = {}) => entries.filter((e) => matches(e, query)).length,
    filter: (query = {}) => entries.filter((e) => matches(e, query)),
    clear: () => void entries.splice(0),
  };

  return {
    apiUrl: urls.api,
    uploadsUrl: urls.uploads,
    serverUrl: urls.web,
    state,
    log,
    schemaViolations,
    assertNoSchemaViolations() {
      if (schemaViolations.length === 0) return;
      const lines = schemaViolations.map(
        (v) =>
          `${v.direction} ${v.method} ${v.path} (${v.operationId}${v.status ? ` ${v.status}` : ''}): ${v.errors.join('; ')}`,
      );
      throw new Error(
        `GitHub stand-in saw ${schemaViolations.length} schema violation(s) against @octokit/openapi ${description.version}:\n${lines.join('\n')}`,
      );
    },
    faults(plan, origin = 'both') {
      if (origin !== 'uploads') plans.api = plan;
      if (origin !== 'api') plans.uploads = plan;
    },
    setImmutable(owner, repo, immutable) {
      repoRecord(owner, repo).immutable = immutable;
    },
    corruptResponses(mutate) {
      mutators.push(mutate);
      return () => {
        const index = mutators.indexOf(mutate);
        if (index >= 0) mutators.splice(index, 1);
      };
    },
    env() {
      return { GITHUB_API_URL: urls.api, GITHUB_SERVER_URL: urls.web, GITHUB_GRAPHQL_URL: `${urls.api}/graphql` };
    },
    async close() {
      await Promise.all(
        Object.values(servers).map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      );
    },
  };
}
