// GitHub's published OpenAPI description (@octokit/openapi) as route table and ajv validators for the stand-in.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';

/** The operations the stand-in implements, by GitHub's operationId. */
export const IMPLEMENTED_OPERATIONS = [
  'repos/get',
  'repos/list-releases',
  'repos/create-release',
  'repos/get-release',
  'repos/update-release',
  'repos/delete-release',
  'repos/get-release-by-tag',
  'repos/get-latest-release',
  'repos/list-release-assets',
  'repos/upload-release-asset',
  'repos/get-release-asset',
  'repos/update-release-asset',
  'repos/delete-release-asset',
  'git/get-ref',
  'git/list-matching-refs',
  'git/create-ref',
  'git/update-ref',
  'git/delete-ref',
  'repos/create-attestation',
  'repos/list-attestations',
] as const;
export type OperationId = (typeof IMPLEMENTED_OPERATIONS)[number];

/** One operation of the description: how to match it and what its bodies must look like. */
export interface SpecOperation {
  operationId: OperationId;
  method: string;
  /** Path template as in the description, e.g. /repos/{owner}/{repo}/releases/{release_id}. */
  template: string;
  /** True for operations served from uploads.github.com (the description's per-operation `servers`). */
  uploads: boolean;
  requestSchema?: object;
  /** status → JSON schema of the body (only statuses that document a JSON body). */
  responseSchemas: Record<string, object>;
  /** All statuses the description lists for the operation. */
  statuses: string[];
}

interface Subset {
  version: string;
  operations: SpecOperation[];
  components: Record<string, Record<string, unknown>>;
}

const require = createRequire(import.meta.url);
// ajv-formats is CommonJS with a default export; under NodeNext the default may sit one level down.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

/**
 * Places where GitHub's description disagrees with GitHub's documented behaviour. Each is a narrow patch
 * applied to the loaded subset, with the reason; everything else is validated as published.
 */
const KNOWN_DESCRIPTION_GAPS: { why: string; apply: (components: Subset['components']) => void }[] = [
  {
    why:
      'release-asset.state lists only uploaded/open, but the upload operation documents that an upstream failure ' +
      '"may leave an empty asset with a state of `starter`", and clients must handle (delete) it.',
    apply: (components) => {
      const state = (components.schemas['release-asset'] as { properties: Record<string, { enum?: string[] }> })
        .properties.state;
      if (state.enum && !state.enum.includes('starter')) state.enum.push('starter');
    },
  },
];

function specDirectory(): string {
  return path.dirname(require.resolve('@octokit/openapi/package.json'));
}

/** Collect every `#/components/<kind>/<name>` reachable from a value. */
function collectRefs(value: unknown, components: Record<string, Record<string, unknown>>, seen: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, components, seen);
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [key, item] of Object.entries(value)) {
    if (key === '$ref' && typeof item === 'string' && item.startsWith('#/components/') && !seen.has(item)) {
      seen.add(item);
      const [, , kind, name] = item.split('/');
      collectRefs(components[kind]?.[name], components, seen);
    } else {
      collectRefs(item, components, seen);
    }
  }
}

/** Read the 13 MB description and keep only what the implemented operations reach (a few hundred KB). */
function extractSubset(version: string): Subset {
  const spec = JSON.parse(readFileSync(path.join(specDirectory(), 'generated', 'api.github.com.json'), 'utf8')) as {
    paths: Record<
      string,
      Record<
        string,
        {
          operationId?: string;
          servers?: { url: string }[];
          requestBody?: unknown;
          responses?: Record<string, unknown>;
          parameters?: unknown;
        }
      >
    >;
    components: Record<string, Record<string, unknown>>;
  };
  const wanted = new Set<string>(IMPLEMENTED_OPERATIONS);
  const found: { method: string; template: string; raw: (typeof spec.paths)[string][string] }[] = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      if (raw && typeof raw === 'object' && raw.operationId && wanted.has(raw.operationId))
        found.push({ method: method.toUpperCase(), template, raw });
    }
  }
  const missing = [...wanted].filter((id) => !found.some((f) => f.raw.operationId === id));
  if (missing.length)
    throw new Error(`@octokit/openapi ${version} lacks operations the stand-in implements: ${missing.join(', ')}`);

  const refs = new Set<string>();
  collectRefs(
    found.map((f) => f.raw),
    spec.components,
    refs,
  );
  const components: Subset['components'] = {};
  for (const ref of refs) {
    const [, , kind, name] = ref.split('/');
    (components[kind] ??= {})[name] = spec.components[kind][name];
  }
  const deref = (value: unknown): Record<string, unknown> | undefined => {
    let current = value as Record<string, unknown> | undefined;
    while (current && typeof current.$ref === 'string') {
      const [, , kind, name] = (current.$ref as string).split('/');
      current = components[kind]?.[name] as Record<string, unknown> | undefined;
    }
    return current;
  };
  const operations: SpecOperation[] = found.map(({ method, template, raw }) => {
    const responseSchemas: Record<string, object> = {};
    for (const [status, response] of Object.entries(raw.responses ?? {})) {
      const schema = (deref(response)?.content as Record<string, { schema?: object }> | undefined)?.['application/json']
        ?.schema;
      if (schema) responseSchemas[status] = schema;
    }
    const requestSchema = (deref(raw.requestBody)?.content as Record<string, { schema?: object }> | undefined)?.[
      'application/json'
    ]?.schema;
    return {
      operationId: raw.operationId as OperationId,
      method,
      template,
      uploads: (raw.servers ?? []).some((s) => s.url.includes('uploads.github.com')),
      requestSchema,
      responseSchemas,
      statuses: Object.keys(raw.responses ?? {}),
    };
  });
  return { version, operations, components };
}

/** The subset, from a per-version cache file in the temp dir when present (parsing 13 MB costs ~250 ms). */
function loadSubset(): Subset {
  const version = (JSON.parse(readFileSync(path.join(specDirectory(), 'package.json'), 'utf8')) as { version: string })
    .version;
  // Bump the trailing number whenever extractSubset changes what it keeps.
  const key = createHash('sha256')
    .update(JSON.stringify([version, IMPLEMENTED_OPERATIONS, 2]))
    .digest('hex')
    .slice(0, 16);
  const cacheFile = path.join(os.tmpdir(), `release-kit-github-openapi-${version}-${key}.json`);
  if (existsSync(cacheFile)) {
    try {
      return JSON.parse(readFileSync(cacheFile, 'utf8')) as Subset;
    } catch {
      // A torn or foreign file: rebuild it below.
    }
  }
  const subset = extractSubset(version);
  const temporary = `${cacheFile}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temporary, JSON.stringify(subset));
  renameSync(temporary, cacheFile);
  return subset;
}

/** A schema problem found in a request the stand-in got or a reply it was about to send. */
export interface SchemaViolation {
  direction: 'request' | 'response';
  operationId: string;
  method: string;
  path: string;
  status?: number;
  errors: string[];
}

/** Loaded description: route matching and cached compiled validators. */
export class GitHubDescription {
  readonly version: string;
  readonly operations: SpecOperation[];
  readonly gaps = KNOWN_DESCRIPTION_GAPS.map((g) => g.why);
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly routes: { operation: SpecOperation; pattern: RegExp; names: string[] }[];
  private readonly components: Subset['components'];

  constructor(subset: Subset) {
    this.version = subset.version;
    this.operations = subset.operations;
    this.components = structuredClone(subset.components);
    for (const gap of KNOWN_DESCRIPTION_GAPS) gap.apply(this.components);
    // strict:false because OpenAPI 3.0 schemas carry keywords JSON Schema does not know (example, …);
    // ajv understands `nullable` natively.
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addSchema({
      $id: 'gh',
      components: this.components,
      operations: Object.fromEntries(
        this.operations.map((o, i) => [String(i), { request: o.requestSchema ?? {}, responses: o.responseSchemas }]),
      ),
    });
    this.routes = this.operations.map((operation) => {
      const names: string[] = [];
      const source = operation.template.replace(/\{([^}]+)\}/g, (_, name: string) => {
        names.push(name);
        // Ids are numeric (so /releases/latest and /releases/tags/… never match {release_id});
        // a git ref spans slashes (tags/v1.2.3).
        return name.endsWith('_id') ? '(\\d+)' : name === 'ref' ? '(.+)' : '([^/]+)';
      });
      return { operation, pattern: new RegExp(`^${source}$`), names };
    });
  }

  /** The operation for a method and a path on the given origin, with its decoded path parameters. */
  match(
    method: string,
    pathname: string,
    uploads: boolean,
  ): { operation: SpecOperation; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      if (route.operation.method !== method || route.operation.uploads !== uploads) continue;
      const found = route.pattern.exec(pathname);
      if (!found) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => (params[name] = decodeURIComponent(found[i + 1])));
      return { operation: route.operation, params };
    }
    return undefined;
  }

  /** Schema errors of a request body (empty when valid or when the operation takes no JSON body). */
  validateRequest(operation: SpecOperation, body: unknown): string[] {
    if (!operation.requestSchema) return [];
    return this.run(`${this.indexOf(operation)}/request`, body);
  }

  /**
   * Schema errors of a reply (`body` undefined = no body). A documented status with a JSON schema is validated; a 2xx the description
   * does not list at all is itself an error; other undocumented error statuses pass (the description
   * does not list every error GitHub can return).
   */
  validateResponse(operation: SpecOperation, status: number, body: unknown): string[] {
    const key = String(status);
    if (operation.responseSchemas[key]) {
      if (body === undefined) return [`the ${status} reply has no body but the description documents a JSON one`];
      return this.run(`${this.indexOf(operation)}/responses/${key}`, body);
    }
    if (status < 300 && !operation.statuses.includes(key))
      return [
        `status ${status} is not a documented response of ${operation.operationId} (documented: ${operation.statuses.join(', ')})`,
      ];
    return [];
  }

  /** A component schema's example from the description (used as a template for big objects). */
  example(name: string): unknown {
    const example = this.components.examples?.[name] as { value?: unknown } | undefined;
    return example ? structuredClone(example.value) : undefined;
  }

  private indexOf(operation: SpecOperation): number {
    return this.operations.indexOf(operation);
  }

  private run(pointer: string, value: unknown): string[] {
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `gh#/operations/${pointer}` });
      this.validators.set(pointer, validate);
    }
    return validate(value) ? [] : (validate.errors ?? []).map(formatError);
  }
}

function formatError(error: ErrorObject): string {
  const where = error.instancePath || '(root)';
  const detail = error.params && Object.keys(error.params).length ? ` ${JSON.stringify(error.params)}` : '';
  return `${where} ${error.message ?? 'is invalid'}${detail}`;
}

let shared: GitHubDescription | undefined;

/** The description, loaded once per module instance and compiled lazily. */
export function githubDescription(): GitHubDescription {
  shared ??= new GitHubDescription(loadSubset());
  return shared;
}
