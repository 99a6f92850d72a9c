export const id = 7;
export const ids = [7];
export const modules = {

/***/ 29007:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* binding */ createGitHubClient)
});

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(14730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-request-log/dist-src/index.js + 1 modules
var plugin_request_log_dist_src = __webpack_require__(55077);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(93779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(49210);
;// CONCATENATED MODULE: ./node_modules/@octokit/rest/dist-src/version.js
const VERSION = "22.0.1";


;// CONCATENATED MODULE: ./node_modules/@octokit/rest/dist-src/index.js





const Octokit = dist_src/* Octokit */.E.plugin(plugin_request_log_dist_src/* requestLog */.M, plugin_rest_endpoint_methods_dist_src/* legacyRestEndpointMethods */.T, dist_bundle/* paginateRest */.ud).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION}`
  }
);


// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var plugin_retry_dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = light,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = dist_bundle_VERSION;
throttling.triggersNotification = triggersNotification;


// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/log.ts
var plumbing_log = __webpack_require__(49983);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/retry.ts
var retry = __webpack_require__(28135);
// EXTERNAL MODULE: ./packages/release-kit/src/github/errors.ts
var errors = __webpack_require__(93539);
;// CONCATENATED MODULE: ./packages/release-kit/src/github/client.ts
// The one way to talk to GitHub's REST API: octokit with retries and rate-limit handling wired in.






const RetryingOctokit = Octokit.plugin(plugin_retry_dist_bundle/* retry */.L, throttling);
/**
 * Build a client whose requests survive transient failures:
 * - plugin-retry retries 5xx, 429 and network errors (not 4xx user errors);
 * - plugin-throttling waits out primary (x-ratelimit-remaining: 0) and secondary (403/429 with
 *   retry-after) rate limits, but only because the callbacks below return true.
 * RELEASE_KIT_RETRY_BASE_MS scales the back-off (octokit's default base is 1000 ms); tests lower it.
 */
function createGitHubClient(options = {}) {
    const log = options.log ?? plumbing_log/* consoleLogger */.kS;
    const retries = options.retries ?? 4;
    const baseMs = options.retryBaseMs ?? (0,retry/* defaultRetryBaseMs */.rD)();
    const keepTrying = (kind) => (retryAfter, request, _o, count) => {
        if (count >= retries) {
            log.warning(`GitHub ${kind} rate limit on ${request.method} ${request.url}: giving up after ${count} retries`);
            return false;
        }
        log.info(`GitHub ${kind} rate limit on ${request.method} ${request.url}: retrying in ${retryAfter}s`);
        return true;
    };
    const client = new RetryingOctokit({
        auth: options.token,
        baseUrl: (options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
        userAgent: 'release-kit',
        log: { debug: () => { }, info: () => { }, warn: (m) => log.debug(m), error: (m) => log.debug(m) },
        // Not `request: { retries }`: plugin-retry's limiter would then resend every failed request,
        // 404s and 422s included, and swallow rate limits before plugin-throttling could honour them.
        // 429 is left to plugin-throttling too, which reads retry-after / x-ratelimit-reset.
        retry: { retries, retryAfterBaseValue: baseMs, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
        throttle: {
            onRateLimit: keepTrying('primary'),
            onSecondaryRateLimit: keepTrying('secondary'),
            retryAfterBaseValue: baseMs,
        },
    });
    // Registered after the plugins, so it sees the error their retries gave up on: the one boundary
    // where GitHub's refusals become UserErrors that name the fix. Answers callers branch on (404, a
    // 422 "already exists") pass through untouched.
    client.hook.error('request', (error, options) => {
        const e = error;
        const translated = typeof e.status === 'number'
            ? (0,errors/* gitHubFailure */.o)({
                status: e.status,
                method: options.method,
                url: e.response?.url ?? options.url,
                // octokit's own message: GitHub's, plus the details of a 422's errors[], less the docs link.
                message: e.message ?? e.response?.data?.message,
                headers: e.response?.headers,
                data: e.response?.data,
            })
            : undefined;
        throw translated ?? error;
    });
    return client;
}


/***/ }),

/***/ 93539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ gitHubFailure)
/* harmony export */ });
/* unused harmony export GitHubRequestError */
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23178);
// GitHub's refusals as the user can act on them: the permission the job lacks, the token, the rate limit, the immutable release.
// Every GitHub request (octokit's through the client's error hook, and the raw upload/download fetches)
// fails through `gitHubFailure`, so a missing `contents: write` reads as that, not as a bug with a stack.

/** A refusal from GitHub the user can fix. Keeps `status` and `response` (data, headers) as octokit's errors do, for callers that branch on them. */
class GitHubRequestError extends _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    status;
    response;
    /** GitHub's own message, for callers that word the error themselves. */
    gitHubMessage;
    constructor(message, status, data, headers, gitHubMessage) {
        super(message);
        this.name = 'GitHubRequestError';
        this.status = status;
        this.response = { data, headers };
        this.gitHubMessage = gitHubMessage;
    }
}
/**
 * The UserError for a request GitHub refused in a way the user must fix, or undefined for an answer
 * the caller interprets itself (404 "no such release", 422 "already exists"…) or a fault that stays a bug.
 */
function gitHubFailure(failure) {
    const { status } = failure;
    const what = `${failure.method.toUpperCase()} ${pathOf(failure.url)}`;
    const said = failure.message ? `: ${failure.message.replace(/\s+-\s+https?:\S+$/, '')}` : '';
    const header = (name) => headerOf(failure.headers, name);
    const refuse = (message) => new GitHubRequestError(message, status, failure.data ?? { message: failure.message }, headerRecord(failure.headers), failure.message);
    const rateLimited = header('x-ratelimit-remaining') === '0' || header('retry-after') !== undefined || /rate limit/i.test(failure.message ?? '');
    if ((status === 403 || status === 429) && rateLimited) {
        const reset = Number(header('x-ratelimit-reset'));
        const when = Number.isFinite(reset) && reset > 0 ? `; it resets at ${new Date(reset * 1000).toISOString()}` : '';
        return refuse(`GitHub rate limit reached for ${what} (HTTP ${status}${said})${when}: rerun the job later, or give it a token with its own limit`);
    }
    if (status === 401) {
        return refuse(`GitHub rejected the token for ${what} (HTTP 401${said}): pass a valid token (the action's 'token' input, or GITHUB_TOKEN for the CLI)`);
    }
    if (status === 403) {
        const permission = permissionFor(failure.method, failure.url);
        return refuse(`GitHub denied ${what} (HTTP 403${said}): the job's token needs '${permission}' (set it under the job's permissions:)`);
    }
    if (status === 422 && /immutable release/i.test(`${failure.message ?? ''} ${JSON.stringify(failure.data ?? '')}`)) {
        return refuse(`GitHub refused ${what} (HTTP 422${said}): the release is published and immutable, so its tag and assets can no longer change; cut a new patch release that supersedes it`);
    }
    return undefined;
}
/** The `permissions:` entry a job needs for this request (GitHub's permission for the endpoint). */
function permissionFor(method, url) {
    const write = !/^(GET|HEAD)$/i.test(method);
    const path = pathOf(url);
    if (/\/attestations\b/.test(path))
        return write ? 'attestations: write' : 'attestations: read';
    if (/\/packages\b/.test(path))
        return write ? 'packages: write' : 'packages: read';
    if (/\/(pulls|issues)\b/.test(path))
        return write ? 'pull-requests: write' : 'pull-requests: read';
    // Releases, assets, git refs and contents all sit under the contents permission.
    return write ? 'contents: write' : 'contents: read';
}
function pathOf(url) {
    try {
        return new URL(url).pathname;
    }
    catch {
        return url.replace(/\?.*$/, '');
    }
}
function headerRecord(headers) {
    if (!headers)
        return {};
    if (typeof headers.get === 'function')
        return Object.fromEntries(headers.entries());
    return Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
}
function headerOf(headers, name) {
    if (!headers)
        return undefined;
    if (typeof headers.get === 'function')
        return headers.get(name) ?? undefined;
    const value = headers[name];
    return value === undefined ? undefined : String(value);
}


/***/ })

};

//# sourceMappingURL=7.index.js.map