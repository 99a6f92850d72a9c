// Property test: random sequences of release and asset calls against the stand-in agree with a model of GitHub's rules.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { startGitHubStandIn, type GitHubStandIn } from './standin.js';

// Raw fetch, not octokit: the throttling plugin would space these writes a second apart.
let github: GitHubStandIn;
beforeAll(async () => {
  // Hundreds of runs spend far more than the 5000 requests an hour a token gets.
  github = await startGitHubStandIn({ rateLimit: 10_000_000 });
});
afterAll(async () => {
  await github.close();
});

interface ModelRelease {
  id: number;
  tag: string;
  draft: boolean;
  immutable: boolean;
  assets: Map<string, string>;
}

type Command =
  | { op: 'create'; tag: string; draft: boolean }
  | { op: 'publish'; pick: number }
  | { op: 'delete'; pick: number }
  | { op: 'upload'; pick: number; name: string; content: string }
  | { op: 'deleteAsset'; pick: number; name: string }
  | { op: 'immutable'; on: boolean };

// Few tags and small picks, so clashes (same tag, locked tag, duplicate asset) come up often.
const tags = fc.constantFrom('v1.0.0', 'v2.0.0');
const names = fc.constantFrom('a.tar.gz', 'b.zip', 'checksums.txt');
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('create' as const), tag: tags, draft: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('publish' as const), pick: fc.nat(3) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), pick: fc.nat(3) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('upload' as const),
      pick: fc.nat(3),
      name: names,
      content: fc.string({ maxLength: 40 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('deleteAsset' as const), pick: fc.nat(3), name: names }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('immutable' as const), on: fc.boolean() }) },
);

let runCounter = 0;

test('releases, tags, assets and immutability follow GitHub rules for any call sequence', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 20 }), async (commands) => {
      const owner = 'model';
      const repo = `run-${++runCounter}`;
      const base = `${github.apiUrl}/repos/${owner}/${repo}`;
      const headers = { authorization: 'token t', 'content-type': 'application/json' };
      const call = async (method: string, url: string, body?: unknown, extra: Record<string, string> = {}) => {
        const response = await fetch(url, {
          method,
          headers: { ...headers, ...extra },
          body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
        });
        const text = await response.text();
        return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
      };
      const model: ModelRelease[] = [];
      const lockedTags = new Set<string>();
      let immutableRepo = false;
      const published = (tag: string) => model.find((r) => r.tag === tag && !r.draft);

      for (const c of commands) {
        const target = model.length ? model[('pick' in c ? c.pick : 0) % model.length] : undefined;
        switch (c.op) {
          case 'create': {
            const refused = !c.draft && (published(c.tag) !== undefined || lockedTags.has(c.tag));
            const { status, json } = await call('POST', `${base}/releases`, { tag_name: c.tag, draft: c.draft });
            expect(status).toBe(refused ? 422 : 201);
            if (!refused) {
              const immutable = !c.draft && immutableRepo;
              if (immutable) lockedTags.add(c.tag);
              model.push({ id: json!.id as number, tag: c.tag, draft: c.draft, immutable, assets: new Map() });
            }
            break;
          }
          case 'publish': {
            if (!target) break;
            const refused = target.draft && (published(target.tag) !== undefined || lockedTags.has(target.tag));
            const { status } = await call('PATCH', `${base}/releases/${target.id}`, { draft: false });
            expect(status).toBe(refused ? 422 : 200);
            if (!refused && target.draft) {
              target.draft = false;
              target.immutable = immutableRepo;
              if (immutableRepo) lockedTags.add(target.tag);
            }
            break;
          }
          case 'delete': {
            if (!target) break;
            expect((await call('DELETE', `${base}/releases/${target.id}`)).status).toBe(204);
            model.splice(model.indexOf(target), 1);
            break;
          }
          case 'upload': {
            if (!target) break;
            const expected = target.immutable ? 422 : target.assets.has(c.name) ? 422 : 201;
            const url = `${github.uploadsUrl}/repos/${owner}/${repo}/releases/${target.id}/assets?name=${encodeURIComponent(c.name)}`;
            const { status, json } = await call('POST', url, c.content, { 'content-type': 'application/octet-stream' });
            expect(status).toBe(expected);
            if (status === 201) {
              expect(json).toMatchObject({
                size: Buffer.byteLength(c.content),
                digest: `sha256:${createHash('sha256').update(c.content).digest('hex')}`,
                state: 'uploaded',
              });
              target.assets.set(c.name, c.content);
            } else if (target.immutable) {
              expect(json!.message).toBe('Cannot upload assets to an immutable release.');
            } else {
              expect((json!.errors as { code: string }[])[0].code).toBe('already_exists');
            }
            break;
          }
          case 'deleteAsset': {
            if (!target || !target.assets.has(c.name)) break;
            const asset = github.state
              .releases(owner, repo)
              .find((r) => r.id === target.id)!
              .assets.find((a) => a.name === c.name)!;
            const { status } = await call('DELETE', `${base}/releases/assets/${asset.id}`);
            expect(status).toBe(target.immutable ? 422 : 204);
            if (!target.immutable) target.assets.delete(c.name);
            break;
          }
          case 'immutable':
            github.setImmutable(owner, repo, c.on);
            immutableRepo = c.on;
            break;
        }

        // After every step the stand-in's state and its read API agree with the model.
        const state = github.state.releases(owner, repo);
        expect(
          state.map((r) => ({
            id: r.id,
            tag: r.tagName,
            draft: r.draft,
            immutable: r.immutable,
            assets: Object.fromEntries(r.assets.map((a) => [a.name, a.bytes.toString()])),
          })),
        ).toEqual(
          model.map((r) => ({
            id: r.id,
            tag: r.tag,
            draft: r.draft,
            immutable: r.immutable,
            assets: Object.fromEntries(r.assets),
          })),
        );
        for (const tag of ['v1.0.0', 'v2.0.0']) {
          const byTag = await call('GET', `${base}/releases/tags/${tag}`);
          const expected = published(tag);
          expect(byTag.status).toBe(expected ? 200 : 404);
          if (expected) expect(byTag.json!.id).toBe(expected.id);
        }
        const listed = await call('GET', `${base}/releases?per_page=100`);
        expect(((listed.json as unknown as { id: number }[]) ?? []).map((r) => r.id).sort()).toEqual(
          model.map((r) => r.id).sort(),
        );
      }
      github.assertNoSchemaViolations();
    }),
    {
      numRuns: 100,
      // Counterexamples fast-check found once, kept so they are always replayed.
      examples: [
        // A tag locked by a deleted immutable release cannot be published again from a draft.
        [
          [
            { op: 'immutable', on: true },
            { op: 'create', tag: 'v2.0.0', draft: false },
            { op: 'delete', pick: 0 },
            { op: 'create', tag: 'v2.0.0', draft: true },
            { op: 'publish', pick: 0 },
          ],
        ],
      ],
    },
  );
});
