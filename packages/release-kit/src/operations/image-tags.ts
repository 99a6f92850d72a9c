// image-tags: the tags (and full references) of a release's container images, by docker/metadata-action's tag rules or GitLab's scheme.
import { Git } from '../git/git.js';
import { parseReference } from '../oci/reference.js';
import { invalidInput } from '../plumbing/errors.js';
import type { Operation, OperationContext, OperationResult } from '../runtime/operation.js';
import {
  defaultTagRules,
  gitlabImageTags,
  imageRefs,
  LATEST_POLICIES,
  parseFlavor,
  parseTagRules,
  ruleImageTags,
  type ImageTags,
} from '../images/tags.js';
import { tagFromRef } from '../runtime/context.js';
import { versionOfInput, versionOfTag } from '../versions/semver.js';

const SCHEMES = ['semver', 'gitlab'] as const;

async function run(context: OperationContext): Promise<OperationResult> {
  const { inputs, runner, log } = context;
  // Every input is checked before git is asked anything.
  const scheme = inputs.choice('scheme', SCHEMES);
  let latest = inputs.choice('latest', LATEST_POLICIES);
  const flavorLatest = parseFlavor(inputs.string('flavor'));
  if (flavorLatest) {
    if (latest !== 'auto' && latest !== flavorLatest)
      throw invalidInput('flavor', inputs.string('flavor'), `no latest= that contradicts --latest ${latest}`);
    latest = flavorLatest;
  }
  const majorZero = inputs.boolean('major-zero');
  const tagsSpec = inputs.string('tags');
  const rules = tagsSpec ? parseTagRules(tagsSpec) : undefined;
  // With tag rules, {{major}} is tagged for 0.x as metadata-action does: major-zero would change nothing.
  if (rules && majorZero)
    throw invalidInput('major-zero', 'true', 'false when tags is given (type=semver,pattern={{major}} tags 0.x too)');
  const images = inputs.lines('image');
  for (const image of images) {
    const reference = parseReference(image, { input: 'image' });
    if (reference.tag || reference.digest)
      throw invalidInput('image', image, 'an image name without a tag or digest, e.g. ghcr.io/acme/app');
  }
  let result: ImageTags;
  if (scheme === 'gitlab') {
    if (rules)
      throw invalidInput('tags', tagsSpec, 'no tags with --scheme gitlab (its tags come from the CI variables)');
    result = gitlabImageTags(runner.gitlab, latest);
  } else {
    const version = inputs.optional('version') ?? tagFromRef(runner.ref) ?? runner.gitlab.tag;
    // A run that releases no tag (a manual image build) needs rules that do without one: raw or sha.
    if (!version && !rules)
      throw invalidInput(
        'version',
        '',
        'a release version or tag (e.g. v1.2.3); none given and this run is not for a tag',
      );
    if (version && !rules && !(versionOfInput(version) ?? versionOfTag(version)))
      throw invalidInput('version', version, 'a SemVer release version or tag, e.g. 1.2.3 or v1.2.3');
    let releaseTags = inputs.lines('release-tags', { commas: true });
    if (!releaseTags.length && latest === 'auto' && version) {
      releaseTags = await new Git(runner.workspace).tags().catch(() => {
        throw invalidInput(
          'release-tags',
          '',
          `the repository's release tags: ${runner.workspace} is not a git checkout, so pass them (or --latest always|never)`,
        );
      });
    }
    const needsSha = (rules ?? []).some((r) => r.enable && (r.type === 'sha' || /\{\{\s*sha\s*\}\}/.test(r.line)));
    let sha = inputs.optional('sha') ?? (runner.sha || undefined);
    if (!sha && needsSha) sha = await new Git(runner.workspace).head().catch(() => undefined);
    if (sha !== undefined && !/^[0-9a-f]{40}$/.test(sha)) throw invalidInput('sha', sha, 'a full 40-hex commit SHA');
    const branch = runner.ref.startsWith('refs/heads/') ? runner.ref.slice('refs/heads/'.length) : undefined;
    result = ruleImageTags(
      rules ?? defaultTagRules(version, majorZero),
      { version, sha, branch },
      { latest, releaseTags },
    );
    if (!result.tags.length)
      throw invalidInput(
        'tags',
        tagsSpec,
        `rules that give at least one tag for this run (${version ? `tag ${version}` : 'no release tag'}${sha ? `, commit ${sha}` : ''})`,
      );
  }
  const refs = imageRefs(images, result.tags);
  log.info(`${scheme} tags for ${result.version}: ${result.tags.join(', ')}${result.latest ? '' : ' (not latest)'}`);
  const summary = ['### Image tags', '', ...(refs.length ? refs : result.tags).map((t) => `- \`${t}\``), ''].join('\n');
  return {
    outputs: {
      state: 'computed',
      version: result.version,
      latest: String(result.latest),
      tags: result.tags.join('\n'),
      'tags-json': result.tags,
      refs: refs.join('\n'),
      'refs-json': refs,
    },
    summary,
  };
}

export const operation: Operation = {
  name: 'image-tags',
  description:
    "Compute a release's container image tags: docker/metadata-action's `tags` rules (type=semver, ref, raw, sha; by default {version}, {major}.{minor}, {major} and latest), or GitLab's scheme ($CI_COMMIT_SHORT_SHA, $CI_COMMIT_REF_SLUG, latest on the default branch, $CI_COMMIT_TAG).",
  inputs: [
    {
      name: 'version',
      description:
        'The release version or tag (1.2.3, v1.2.3) for the semver scheme; default: the tag this run is for.',
      default: '',
    },
    {
      name: 'scheme',
      description: "`semver` (metadata-action's patterns) or `gitlab` (reads the CI_COMMIT_* variables).",
      default: 'semver',
    },
    {
      name: 'latest',
      description:
        '`auto`: latest only for the highest release (semver) or the default branch (gitlab); `always` (gitlab: every pipeline, as Buntime tags); `never`. A GitLab ref slug of latest is refused.',
      default: 'auto',
    },
    {
      name: 'tags',
      description:
        "docker/metadata-action's `tags` input, one rule per line: type=semver,pattern={{version}} | {{major}}.{{minor}} | {{major}}, type=ref,event=tag, type=raw,value=…, type=sha[,format=long], each with enable=true|false, priority=, prefix=, suffix=; default: {version}, {major}.{minor}, {major} (not for 0.x).",
      default: '',
    },
    {
      name: 'flavor',
      description:
        "docker/metadata-action's `flavor` input: latest=auto|true|false (the same as latest auto|always|never).",
      default: '',
    },
    {
      name: 'major-zero',
      description:
        'Also tag {major} when the major version is 0 (the default rules only; tags rules decide it themselves).',
      default: 'false',
    },
    {
      name: 'sha',
      description: 'The commit type=sha and {{sha}} name (40 hex); default GITHUB_SHA, else the workspace HEAD.',
      default: '',
    },
    {
      name: 'release-tags',
      description:
        'The release tags to compare with for latest=auto (lines or commas); default: the git tags of the workspace.',
      default: '',
    },
    {
      name: 'image',
      description: 'Image names (one per line, e.g. ghcr.io/acme/app) to give full references for.',
      default: '',
    },
  ],
  outputs: [
    { name: 'state', description: '`computed` (nothing is written or pushed).' },
    {
      name: 'version',
      description:
        "The main tag (metadata-action's version output: the first tag of the highest-priority rule; the version without a v by default; the tag or ref slug for gitlab).",
    },
    { name: 'latest', description: "'true' when the tags include latest." },
    { name: 'tags', description: 'The tags, one per line.' },
    { name: 'tags-json', description: 'The tags as a JSON array.' },
    { name: 'refs', description: 'image:tag for every image and tag, one per line.' },
    { name: 'refs-json', description: 'The references as a JSON array.' },
  ],
  run,
};
