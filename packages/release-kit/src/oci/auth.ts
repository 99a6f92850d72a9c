// Registry authentication (oras-go's remote/auth): answers a 401's challenge with Basic credentials or
// a bearer token from the realm, caches tokens per scope, and sends credentials to the registry's own
// origin only. Below it, the transport retries; above it, the client speaks the registry API.
import { showValue } from '../plumbing/errors.js';
import type { Logger } from '../plumbing/log.js';
import {
  basicAuthorization,
  parseChallenges,
  pickChallenge,
  repositoryScope,
  type AuthChallenge,
} from './challenge.js';
import { RegistryError, discard, oneLine, readLimited } from './errors.js';
import type { RegistryRequest, RegistryTransport } from './transport.js';

export interface AuthOptions {
  /** The registry's name, for messages. */
  registry: string;
  /** The registry's API origin: the only place credentials are sent besides the token realm. */
  baseUrl: string;
  /** An http:// token realm is accepted only when the registry itself is plain http (loopback). */
  plainHttp: boolean;
  username?: string;
  /** A password or token. Never logged. */
  password?: string;
  /** Ask for `pull,push` on every repository from the first challenge on (a push then needs one token). */
  push: boolean;
  log: Logger;
}

interface CachedToken {
  token: string;
  expiresAt: number;
}

/** Sends registry requests with the credentials the registry asked for, authenticating on a 401. */
export class RegistryAuth {
  /** The last challenge seen; after it, credentials go with every request without another 401. */
  private challenge?: AuthChallenge;
  private readonly tokens = new Map<string, CachedToken>();
  private readonly pendingTokens = new Map<string, Promise<CachedToken>>();

  constructor(
    private readonly transport: RegistryTransport,
    private readonly options: AuthOptions,
  ) {}

  /** True when a user name and a password were given. */
  get hasCredentials(): boolean {
    return this.options.username !== undefined && this.options.username !== '' && this.options.password !== undefined;
  }

  /** How messages name the caller: `user "x"` or `anonymous access`. */
  get who(): string {
    return this.hasCredentials ? `user ${showValue(this.options.username)}` : 'anonymous access';
  }

  /**
   * Send `request`: credentials for the current challenge, and a 401 answered (at most twice) by
   * authenticating again. Returns the answer for the caller to judge.
   */
  async send(request: RegistryRequest): Promise<Response> {
    for (let round = 0; ; round++) {
      const authorization = await this.authorizationFor(request);
      // Credentials go to the registry's own origin only (an upload Location may point at storage elsewhere).
      const sameOrigin = new URL(request.url).origin === new URL(this.options.baseUrl).origin;
      const response = await this.transport.send(request, sameOrigin ? authorization : undefined);
      if (response.status !== 401) return response;
      // A 401 is the start of an exchange (or a refusal), not the request: the replay is the one that counts.
      const { stats } = this.transport.options;
      stats[request.kind] -= 1;
      if (request.kind === 'blobHeads' || request.kind === 'manifestHeads') stats.heads -= 1;
      if (round >= 2) return response;
      const challenge = pickChallenge(parseChallenges(response.headers.get('www-authenticate')));
      // A 401 to credentials already sent for a Basic challenge is a refusal, not a challenge.
      const refused =
        authorization !== undefined && challenge?.scheme === 'basic' && this.challenge?.scheme === 'basic';
      if (!challenge || refused) return response;
      if (challenge.scheme === 'basic' && !this.hasCredentials) return response;
      await discard(response);
      stats.authChallenges += 1;
      this.challenge = challenge;
      if (challenge.scheme === 'bearer') await this.fetchToken(request, challenge, authorization !== undefined);
    }
  }

  private tokenScope(repository: string, push: boolean): string {
    return repositoryScope(repository, push || this.options.push);
  }

  private async authorizationFor(request: RegistryRequest): Promise<string | undefined> {
    if (!this.challenge) return undefined;
    if (this.challenge.scheme === 'basic') {
      return this.hasCredentials ? basicAuthorization(this.options.username!, this.options.password!) : undefined;
    }
    if (this.challenge.scheme !== 'bearer') return undefined;
    const now = Date.now();
    const exact = this.tokens.get(this.tokenScope(request.repository, request.push));
    if (exact && exact.expiresAt > now) return `Bearer ${exact.token}`;
    // A pull,push token also covers pulls.
    if (!request.push) {
      const wider = this.tokens.get(repositoryScope(request.repository, true));
      if (wider && wider.expiresAt > now) return `Bearer ${wider.token}`;
    }
    // A known Bearer registry but no token for this scope yet: fetch one now rather than wait for a 401.
    const token = await this.fetchToken(request, this.challenge, false);
    return `Bearer ${token.token}`;
  }

  /** A token for the request's scope: cached unless `renew`, and one exchange in flight per scope. */
  private async fetchToken(request: RegistryRequest, challenge: AuthChallenge, renew: boolean): Promise<CachedToken> {
    const scope = this.tokenScope(request.repository, request.push);
    if (!renew) {
      const cached = this.tokens.get(scope);
      if (cached && cached.expiresAt > Date.now()) return cached;
    }
    const pending = this.pendingTokens.get(scope);
    if (pending) return pending;
    const promise = this.requestToken(request.repository, scope, challenge).finally(() =>
      this.pendingTokens.delete(scope),
    );
    this.pendingTokens.set(scope, promise);
    const token = await promise;
    this.tokens.set(scope, token);
    return token;
  }

  /** GET realm?service=…&scope=… with Basic credentials (if any) → `{token | access_token, expires_in}`. */
  private async requestToken(repository: string, scope: string, challenge: AuthChallenge): Promise<CachedToken> {
    const { registry } = this.options;
    const realm = challenge.params.realm;
    let realmUrl: URL;
    try {
      realmUrl = new URL(realm ?? '');
    } catch {
      throw new RegistryError(
        `registry ${registry} sent a Bearer challenge without a usable realm (${showValue(realm ?? '')})`,
        { registry, repository },
      );
    }
    if (realmUrl.protocol !== 'https:' && !(realmUrl.protocol === 'http:' && this.options.plainHttp)) {
      throw new RegistryError(
        `registry ${registry} names token realm ${realmUrl.origin}, which is not https: refusing to send credentials there`,
        { registry, repository },
      );
    }
    if (challenge.params.service) realmUrl.searchParams.set('service', challenge.params.service);
    realmUrl.searchParams.set('scope', scope);
    const service = `token service ${realmUrl.origin}${realmUrl.pathname}`;
    this.options.log.debug(`oci: token for ${scope} from ${realmUrl.origin}${realmUrl.pathname}`);
    const response = await this.transport.send(
      {
        method: 'GET',
        url: realmUrl.href,
        kind: 'tokenRequests',
        repository,
        push: false,
        headers: { accept: 'application/json' },
      },
      this.hasCredentials ? basicAuthorization(this.options.username!, this.options.password!) : undefined,
    );
    if (response.status === 401 || response.status === 403) {
      await discard(response);
      const who = this.hasCredentials ? `the credentials of ${this.who}` : 'anonymous access';
      throw new RegistryError(
        `${service} for registry ${registry} refused ${who} for ${scope} (HTTP ${response.status})${this.hasCredentials ? '' : ': set username and password'}`,
        { registry, repository, status: response.status },
      );
    }
    if (response.status !== 200) {
      const text = (await readLimited(response, 64 * 1024, 'token response').catch(() => Buffer.alloc(0))).toString(
        'utf8',
      );
      throw new RegistryError(
        `${service} answered HTTP ${response.status} for ${scope}${text ? `: ${oneLine(text)}` : ''}`,
        { registry, repository, status: response.status },
      );
    }
    let body: { token?: string; access_token?: string; expires_in?: number };
    try {
      body = JSON.parse((await readLimited(response, 1024 * 1024, 'token response')).toString('utf8'));
    } catch {
      throw new RegistryError(`${service} answered with something other than JSON`, { registry, repository });
    }
    const token = body.token ?? body.access_token;
    if (typeof token !== 'string' || token === '') {
      throw new RegistryError(`${service} answered without a token`, { registry, repository });
    }
    // The spec's default lifetime is 60 s; renew a little early.
    const lifetime = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60;
    return { token, expiresAt: Date.now() + Math.max(lifetime - 10, lifetime / 2) * 1000 };
  }
}
