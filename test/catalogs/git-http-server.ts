// A real git smart-HTTP server on loopback for credential tests: git's own `git http-backend` (CGI)
// behind a small node http(s) server that checks HTTP basic auth the way a forge does and records
// every username it was sent. HTTPS uses a throwaway self-signed certificate made by openssl; point
// git at it with GIT_SSL_CAINFO. Bare repositories live under `root` (e.g. root/zomme/charts.git).
import { execFileSync, spawn } from 'node:child_process';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface GitHttpServer {
  /** https://127.0.0.1:PORT or http://127.0.0.1:PORT */
  url: string;
  /** Where bare repositories go: `${root}/GROUP/PROJECT.git` is served at `${url}/GROUP/PROJECT.git`. */
  root: string;
  /** The CA file git needs for https (GIT_SSL_CAINFO); undefined for http. */
  caFile?: string;
  /** Every request: its method, path, the basic-auth username (undefined when none) and the answer. */
  requests: { method: string; path: string; username?: string; status: number }[];
  /** A bare repository at `relative` (e.g. 'zomme/charts.git') with one commit on main holding `files`. */
  createRepo: (relative: string, files: Record<string, string>) => string;
  close: () => Promise<void>;
}

export interface GitHttpServerOptions {
  tls: boolean;
  /** Accepted username:password pairs; a username of '*' accepts any non-empty username (GitLab's access tokens). */
  credentials?: { username: string; password: string }[];
}

const gitEnv = {
  GIT_AUTHOR_NAME: 'forge',
  GIT_AUTHOR_EMAIL: 'forge@example.com',
  GIT_COMMITTER_NAME: 'forge',
  GIT_COMMITTER_EMAIL: 'forge@example.com',
};

export async function startGitHttpServer(options: GitHttpServerOptions): Promise<GitHttpServer> {
  const base = await mkdtemp(path.join(os.tmpdir(), 'rk-git-http-'));
  const root = path.join(base, 'repos');
  mkdirSync(root, { recursive: true });
  const requests: GitHttpServer['requests'] = [];

  const authorize = (req: IncomingMessage): { ok: boolean; username?: string } => {
    const header = req.headers.authorization ?? '';
    const match = /^basic\s+(\S+)$/i.exec(header);
    if (!match) return { ok: options.credentials === undefined };
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const [username, password] = [decoded.slice(0, colon), decoded.slice(colon + 1)];
    const ok =
      options.credentials === undefined ||
      options.credentials.some(
        (c) => (c.username === '*' ? username !== '' : c.username === username) && c.password === password,
      );
    return { ok, username };
  };

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const { ok, username } = authorize(req);
    const record = { method: req.method ?? '', path: url.pathname, username, status: 0 };
    requests.push(record);
    if (!ok || (options.credentials !== undefined && username === undefined)) {
      record.status = 401;
      res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="forge"', 'Content-Type': 'text/plain' });
      res.end('HTTP Basic: Access denied\n');
      return;
    }
    const cgi = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH,
        GIT_PROJECT_ROOT: root,
        GIT_HTTP_EXPORT_ALL: '1',
        REQUEST_METHOD: req.method,
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
        GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
        REMOTE_ADDR: '127.0.0.1',
        // http-backend lets an authenticated user push (receive-pack); anonymous only when the repo says so.
        ...(username ? { REMOTE_USER: username } : {}),
      },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    req.pipe(cgi.stdin);
    let head = Buffer.alloc(0);
    let headersDone = false;
    cgi.stdout.on('data', (chunk: Buffer) => {
      if (headersDone) {
        res.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      headersDone = true;
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
        else headers[name] = value;
      }
      record.status = status;
      res.writeHead(status, headers);
      res.write(head.subarray(end + 4));
    });
    cgi.on('close', () => {
      if (!headersDone) {
        record.status = 500;
        res.writeHead(500);
      }
      res.end();
    });
  };

  let caFile: string | undefined;
  let server;
  if (options.tls) {
    const key = path.join(base, 'key.pem');
    caFile = path.join(base, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        caFile,
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    server = createHttpsServer({ key: await readFile(key), cert: await readFile(caFile) }, handler);
  } else {
    server = createHttpServer(handler);
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const createRepo = (relative: string, files: Record<string, string>): string => {
    const bare = path.join(root, relative);
    execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', bare]);
    const work = path.join(base, `work-${requests.length}-${Math.random().toString(36).slice(2)}`);
    execFileSync('git', ['init', '--quiet', '--initial-branch=main', work]);
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
      writeFileSync(path.join(work, file), content);
    }
    const run = (...args: string[]) => execFileSync('git', args, { cwd: work, env: { ...process.env, ...gitEnv } });
    run('add', '--all');
    run('commit', '--quiet', '-m', 'initial');
    run('push', '--quiet', bare, 'main');
    return bare;
  };

  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    root,
    caFile,
    requests,
    createRepo,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(base, { recursive: true, force: true });
    },
  };
}
