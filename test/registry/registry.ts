// A real OCI registry for tests: Debian's docker-registry (CNCF distribution 2.8) on a loopback port,
// anonymous, with htpasswd basic auth, or with ghcr.io-style bearer tokens from a loopback token service.
import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createPrivateKey, randomBytes, sign, X509Certificate } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { stringify } from 'yaml';

const execFileAsync = promisify(execFile);

export const REGISTRY_BINARY = process.env.RELEASE_KIT_REGISTRY_BINARY ?? '/usr/bin/docker-registry';

export type RegistryAuthMode = 'anonymous' | 'htpasswd' | 'token';

/** Which actions the token service grants `user` on `repository` when asked for `requested`. */
export type GrantPolicy = (user: string | undefined, repository: string, requested: string[]) => string[];

export interface StartRegistryOptions {
  auth?: RegistryAuthMode;
  /** Default `release-kit`. */
  username?: string;
  /** Default: random; in token mode it looks like a GitHub token, as on ghcr.io. */
  password?: string;
  /** Token mode: what to grant. Default: the right user gets what it asks for (pull, push); others nothing. */
  grant?: GrantPolicy;
  /** Token mode: issue pull-only tokens to anonymous callers, as ghcr.io does for public packages. */
  anonymousPull?: boolean;
  /** Token mode: token lifetime in seconds (default 300). */
  tokenLifetimeSeconds?: number;
}

export interface IssuedToken {
  user?: string;
  service?: string;
  scopes: string[];
  granted: { name: string; actions: string[] }[];
}

export interface TokenService {
  /** `http://127.0.0.1:port/token`, the realm the registry's challenges name. */
  realm: string;
  service: string;
  issuer: string;
  /** Every token handed out, in order. */
  issued: IssuedToken[];
  /** Token requests refused (bad or missing credentials). */
  refused: number;
}

export interface TestRegistry {
  auth: RegistryAuthMode;
  /** `127.0.0.1:port`: what goes in references (`127.0.0.1:port/repo:tag`). */
  host: string;
  /** `http://127.0.0.1:port`. */
  url: string;
  /** Undefined in anonymous mode. */
  username?: string;
  password?: string;
  /** `user:password` for skopeo's --creds, undefined in anonymous mode. */
  creds?: string;
  /** Filesystem storage root (deleted on close). */
  storage: string;
  tokenService?: TokenService;
  /** The registry's own log (stderr and stdout), for failure messages. */
  logs(): string;
  close(): Promise<void>;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** True when the registry binary is installed (tests skip with the reason when it is not). */
export function registryAvailable(): boolean {
  const available = existsSync(REGISTRY_BINARY) && existsSync('/usr/bin/skopeo');
  // Locally a missing registry skips the registry tests (with the reason in their names); in CI,
  // where .ci/run installs it, a missing registry is a broken setup and must fail loudly.
  if (!available && process.env.CI === 'true') {
    throw new Error(`${REGISTRY_BINARY} or skopeo is missing in CI: .ci/run must install docker-registry and skopeo`);
  }
  return available;
}

/**
 * Start a registry with temporary filesystem storage on a free loopback port and wait until /v2/
 * answers. Never touches Debian's packaged service on :5000 (own config file, own port).
 */
export async function startRegistry(options: StartRegistryOptions = {}): Promise<TestRegistry> {
  const auth = options.auth ?? 'anonymous';
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rk-registry-'));
  const storage = path.join(dir, 'storage');
  const username = auth === 'anonymous' ? undefined : (options.username ?? 'release-kit');
  const password =
    auth === 'anonymous'
      ? undefined
      : (options.password ??
        (auth === 'token' ? `ghp_${randomBytes(18).toString('hex')}` : randomBytes(12).toString('hex')));
  let tokenServer: Awaited<ReturnType<typeof startTokenService>> | undefined;
  try {
    let authConfig: Record<string, unknown> | undefined;
    if (auth === 'htpasswd') {
      const file = path.join(dir, 'htpasswd');
      // -B bcrypt (the only scheme distribution accepts), -b password from the argument list, -n to stdout.
      const { stdout } = await execFileAsync('htpasswd', ['-Bbn', username!, password!]);
      await writeFile(file, stdout, { mode: 0o600 });
      authConfig = { htpasswd: { realm: 'release-kit-test', path: file } };
    } else if (auth === 'token') {
      tokenServer = await startTokenService(dir, {
        username: username!,
        password: password!,
        grant: options.grant,
        anonymousPull: options.anonymousPull ?? false,
        lifetime: options.tokenLifetimeSeconds ?? 300,
      });
      authConfig = {
        token: {
          realm: tokenServer.service.realm,
          service: tokenServer.service.service,
          issuer: tokenServer.service.issuer,
          rootcertbundle: tokenServer.certFile,
        },
      };
    }

    let lastError: Error | undefined;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const port = await freePort();
      const host = `127.0.0.1:${port}`;
      const config = {
        version: 0.1,
        log: { level: 'info', formatter: 'text', accesslog: { disabled: true } },
        storage: {
          filesystem: { rootdirectory: storage },
          delete: { enabled: true },
          maintenance: { uploadpurging: { enabled: false } },
        },
        http: {
          addr: host,
          secret: randomBytes(16).toString('hex'),
          headers: { 'X-Content-Type-Options': ['nosniff'] },
        },
        ...(authConfig ? { auth: authConfig } : {}),
      };
      const configFile = path.join(dir, 'config.yml');
      await writeFile(configFile, stringify(config));
      const started = await launch(configFile, host).catch((error: Error) => error);
      if (started instanceof Error) {
        lastError = started;
        if (/address already in use/.test(started.message)) continue;
        throw started;
      }
      const { child, output } = started;
      const registry: TestRegistry = {
        auth,
        host,
        url: `http://${host}`,
        username,
        password,
        creds: username !== undefined ? `${username}:${password}` : undefined,
        storage,
        tokenService: tokenServer?.service,
        logs: () => output.join(''),
        close: async () => {
          await stop(child);
          await tokenServer?.close();
          await rm(dir, { recursive: true, force: true });
        },
      };
      return registry;
    }
    throw lastError ?? new Error('docker-registry did not start');
  } catch (error) {
    await tokenServer?.close();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

async function launch(configFile: string, host: string): Promise<{ child: ChildProcess; output: string[] }> {
  // Only our config counts: REGISTRY_* variables would override it (distribution reads them).
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('REGISTRY_')));
  const child = spawn(REGISTRY_BINARY, ['serve', configFile], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString('utf8'));
    if (output.length > 2000) output.splice(0, output.length - 2000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exited: number | null | undefined;
  child.once('exit', (code) => {
    exited = code;
    running.delete(child);
  });
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (exited !== undefined)
      throw new Error(`docker-registry exited with ${exited} before answering: ${output.join('').slice(-2000)}`);
    try {
      const response = await fetch(`http://${host}/v2/`, { signal: AbortSignal.timeout(1000) });
      await response.body?.cancel();
      if (response.status === 200 || response.status === 401) return { child, output };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stop(child);
  throw new Error(`docker-registry did not answer on ${host} within 15 s: ${output.join('').slice(-2000)}`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A port nobody listens on right now (the registry binds it a moment later; startRegistry retries a clash). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------- token service

interface TokenServiceOptions {
  username: string;
  password: string;
  grant?: GrantPolicy;
  anonymousPull: boolean;
  lifetime: number;
}

/**
 * The token half of distribution's token auth (docs/spec/auth/token.md, jwt.md): GET realm?service=&scope=
 * with Basic user:token → {token, access_token, expires_in, issued_at}. Tokens are ES256 JWTs whose
 * header carries the signing certificate as `x5c`; the registry trusts it because the same self-signed
 * certificate is its rootcertbundle (registry/auth/token/token.go parseAndVerifyCertChain).
 */
async function startTokenService(dir: string, options: TokenServiceOptions) {
  const keyFile = path.join(dir, 'token-key.pem');
  const certFile = path.join(dir, 'token-cert.pem');
  // openssl makes the self-signed certificate; Node can sign but cannot issue X.509 certificates.
  await execFileAsync('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    keyFile,
    '-out',
    certFile,
    '-days',
    '2',
    '-subj',
    '/CN=release-kit test token issuer',
  ]);
  const key: KeyObject = createPrivateKey(await readFile(keyFile));
  const certDer = new X509Certificate(await readFile(certFile)).raw.toString('base64');
  const issuer = 'release-kit-test-token-issuer';
  const serviceName = 'release-kit-test-registry';
  const grant: GrantPolicy =
    options.grant ??
    ((user, _repository, requested) => {
      if (user === options.username) return requested.filter((action) => action === 'pull' || action === 'push');
      if (user === undefined && options.anonymousPull) return requested.filter((action) => action === 'pull');
      return [];
    });
  const service: TokenService = { realm: '', service: serviceName, issuer, issued: [], refused: 0 };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://token.invalid');
    if (req.method !== 'GET' || url.pathname !== '/token') {
      res.writeHead(404).end();
      return;
    }
    let user: string | undefined;
    const header = req.headers.authorization;
    if (header) {
      const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header);
      const decoded = match ? Buffer.from(match[1], 'base64').toString('utf8') : '';
      const colon = decoded.indexOf(':');
      if (colon < 0 || decoded.slice(0, colon) !== options.username || decoded.slice(colon + 1) !== options.password) {
        service.refused += 1;
        res.writeHead(401, {
          'content-type': 'application/json',
          'www-authenticate': 'Basic realm="release-kit-test-token"',
        });
        res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'bad credentials' }] }));
        return;
      }
      user = options.username;
    } else if (!options.anonymousPull) {
      service.refused += 1;
      res.writeHead(401, {
        'content-type': 'application/json',
        'www-authenticate': 'Basic realm="release-kit-test-token"',
      });
      res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }));
      return;
    }
    const scopes = url.searchParams
      .getAll('scope')
      .flatMap((value) => value.split(' '))
      .filter(Boolean);
    const granted: { type: string; name: string; actions: string[] }[] = [];
    for (const scope of scopes) {
      // repository:<name>:<actions>; the name itself never holds a colon except a registry port, which
      // scopes do not carry, so the last colon separates the actions.
      const first = scope.indexOf(':');
      const last = scope.lastIndexOf(':');
      if (first < 0 || last === first) continue;
      const type = scope.slice(0, first);
      const name = scope.slice(first + 1, last);
      const requested = scope
        .slice(last + 1)
        .split(',')
        .filter(Boolean);
      if (type !== 'repository') continue;
      granted.push({ type, name, actions: grant(user, name, requested) });
    }
    const now = Math.floor(Date.now() / 1000);
    const token = signJwt(key, certDer, {
      iss: issuer,
      sub: user ?? '',
      aud: url.searchParams.get('service') ?? serviceName,
      exp: now + options.lifetime,
      nbf: now - 5,
      iat: now,
      jti: randomBytes(12).toString('hex'),
      access: granted,
    });
    service.issued.push({
      user,
      service: url.searchParams.get('service') ?? undefined,
      scopes,
      granted: granted.map(({ name, actions }) => ({ name, actions })),
    });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        token,
        access_token: token,
        expires_in: options.lifetime,
        issued_at: new Date(now * 1000).toISOString(),
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  service.realm = `http://127.0.0.1:${(server.address() as AddressInfo).port}/token`;
  return {
    service,
    certFile,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** ES256 compact JWS; JOSE wants the raw r||s signature (ieee-p1363), not DER. */
function signJwt(key: KeyObject, certDer: string, claims: Record<string, unknown>): string {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signingInput = `${encode({ typ: 'JWT', alg: 'ES256', x5c: [certDer] })}.${encode(claims)}`;
  const signature = sign('sha256', Buffer.from(signingInput), { key, dsaEncoding: 'ieee-p1363' });
  return `${signingInput}.${signature.toString('base64url')}`;
}
