// image-tags: the tags (and full references) of a release's container images, by metadata-action's semver rules or GitLab's scheme.
import { Git } from '../git/git.js';
import { parseReference } from '../oci/reference.js';
import { invalidInput } from '../plumbing/errors.js';
import type { Operation, OperationContext, OperationResult } from '../runtime/operation.js';
import { gitlabImageTags, imageRefs, LATEST_POLICIES, semverImageTags, type ImageTags } from '../images/tags.js';
import { tagFromRef } from '../runtime/context.js';

const SCHEMES = ['semver', 'gitlab'] as const;

async function run(context: OperationContext): Promise<OperationResult> {
  const { inputs, runner, log } = context;
  // Every input is checked before git is asked anything.
  const scheme = inputs.choice('scheme', SCHEMES);
  const latest = inputs.choice('latest', LATEST_POLICIES);
  const majorZero = inputs.boolean('major-zero');
  const images = inputs.lines('image');
  for (const image of images) {
    const reference = parseReference(image, { input: 'image' });
    if (reference.tag || reference.digest)
      throw invalidInput('image', image, 'an image name without a tag or digest, e.g. ghcr.io/acme/app');
  }
  let result: ImageTags;
  if (scheme === 'gitlab') {
    result = gitlabImageTags(runner.gitlab, latest);
  } else {
    const version = inputs.optional('version') ?? tagFromRef(runner.ref) ?? runner.gitlab.tag;
    if (!version)
      throw invalidInput(
        'version',
        '',
        'a release version or tag (e.g. v1.2.3); none given and this run is not for a tag',
      );
    let releaseTags = inputs.lines('release-tags', { commas: true });
    if (!releaseTags.length && latest === 'auto') {
      releaseTags = await new Git(runner.workspace).tags().catch(() => {
        throw invalidInput(
          'release-tags',
          '',
          `the repository's release tags: ${runner.workspace} is not a git checkout, so pass them (or --latest always|never)`,
        );
      });
    }
    result = semverImageTags(version, { latest, majorZero, releaseTags });
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
    "Compute a release's container image tags: {version}, {major}.{minor}, {major} and latest as docker/metadata-action's semver patterns give them, or GitLab's scheme ($CI_COMMIT_SHORT_SHA, $CI_COMMIT_REF_SLUG, latest on the default branch, $CI_COMMIT_TAG).",
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
        '`auto`: latest only for the highest release (semver) or the default branch (gitlab); `always`; `never`.',
      default: 'auto',
    },
    { name: 'major-zero', description: 'Also tag {major} when the major version is 0.', default: 'false' },
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
    { name: 'version', description: 'The version the tags are for (without a v; the tag or ref slug for gitlab).' },
    { name: 'latest', description: "'true' when the tags include latest." },
    { name: 'tags', description: 'The tags, one per line.' },
    { name: 'tags-json', description: 'The tags as a JSON array.' },
    { name: 'refs', description: 'image:tag for every image and tag, one per line.' },
    { name: 'refs-json', description: 'The references as a JSON array.' },
  ],
  run,
};
