// verify-release after its inputs are valid: find the release, verify it, report one row per
// artifact. Loaded lazily by operations/verify-release.ts; the publish gate of
// release-notes-from-changelog runs the same verification through runReleaseVerification.
import path from 'node:path';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import { createOciClient, type OciClient } from '../oci/client.js';
import { UserError } from '../plumbing/errors.js';
import { inGroup } from '../plumbing/log.js';
import { findReleaseForTag, type Release } from '../releases/release.js';
import { verifyRelease, type ArtifactResult, type ReleaseVerification } from '../releases/verify-release.js';
import { loadTrust, type LoadedTrust } from '../signing/trust.js';
import type { OperationContext, OperationResult } from '../runtime/operation.js';
import type { VerifyReleaseSettings as Settings } from './verify-release.settings.js';

/** Verify `release` with the settings' registry credentials and trust root. */
export async function runReleaseVerification(
  settings: Omit<Settings, 'tag' | 'token'>,
  github: GitHubClient,
  release: Release,
  context: OperationContext,
): Promise<ReleaseVerification> {
  const clients = new Map<string, OciClient>();
  const registry = (host: string) => {
    let client = clients.get(host);
    if (!client) {
      // Credentials only for the registry they are for: the notes choose the other hosts.
      const mine = host === settings.credentialsRegistry;
      if (!mine && settings.password)
        context.log.info(
          `registry ${host}: read anonymously (the credentials are for ${settings.credentialsRegistry})`,
        );
      client = createOciClient({
        registry: host,
        plainHttp: settings.plainHttp,
        ...(mine ? { username: settings.username, password: settings.password } : {}),
        retryBaseMs: context.runner.retryBaseMs,
        log: context.log,
      });
      clients.set(host, client);
    }
    return client;
  };
  let trust: Promise<LoadedTrust> | undefined;
  return inGroup(context.log, `Verify release ${release.tag_name} of ${settings.owner}/${settings.repo}`, () =>
    verifyRelease({
      github,
      owner: settings.owner,
      repo: settings.repo,
      release,
      registry,
      trust: () =>
        (trust ??= loadTrust({
          trustedRootJson: settings.trustedRootJson,
          trustedRootSource: settings.trustedRootSource,
          tufCachePath: path.join(context.runner.runnerTemp, 'release-kit-tuf'),
          tufTimeoutMs: context.runner.tufTimeoutMs,
        })),
      serverUrl: context.runner.serverUrl,
      log: context.log,
    }),
  );
}

/** The step summary: one row per artifact. */
export function renderVerificationSummary(title: string, verification: ReleaseVerification): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const ok = verification.results.filter((r) => r.verified).length;
  return [
    `## ${title}`,
    '',
    `${ok} of ${verification.results.length} artifact(s) verified; ${verification.failures.length} problem(s).`,
    '',
    '| Artifact | Kind | Digest | Verified | Checked | Problems |',
    '| --- | --- | --- | --- | --- | --- |',
    ...verification.results.map(
      (r: ArtifactResult) =>
        `| \`${cell(r.artifact)}\` | ${r.kind} | ${r.digest ? `\`${r.digest}\`` : ''} | ${r.verified ? '✅' : '❌'} | ${cell(r.checks.join(', '))} | ${cell(r.problems.join('; '))} |`,
    ),
    '',
  ].join('\n');
}

export async function verifyReleaseStep(settings: Settings, context: OperationContext): Promise<OperationResult> {
  const github = createGitHubClient({
    token: settings.token,
    baseUrl: context.runner.apiUrl,
    retryBaseMs: context.runner.retryBaseMs,
    log: context.log,
  });
  const release = await findReleaseForTag(github, { owner: settings.owner, repo: settings.repo, tag: settings.tag });
  if (!release)
    throw new UserError(
      `there is no release (draft or published) for tag ${settings.tag} in ${settings.owner}/${settings.repo}${settings.token ? '' : ' (a draft is visible only with a token that can push)'}`,
      { input: 'tag', value: settings.tag },
    );
  const verification = await runReleaseVerification(settings, github, release, context);
  const summary = renderVerificationSummary(
    `verify-release ${settings.tag} (${release.draft ? 'draft' : 'published'})`,
    verification,
  );
  const outputs = { results: verification.results, failures: verification.failures.length };
  if (verification.failures.length)
    throw new UserError(
      // Each problem is already its own error line (and a row of the summary table).
      `release ${settings.tag} of ${settings.owner}/${settings.repo} does not verify: ${verification.failures.length} problem(s) in ${verification.results.filter((r) => !r.verified).length} of ${verification.results.length} artifact(s)`,
      { input: 'tag', value: settings.tag, summary, outputs: { ...outputs, state: 'failed' } },
    );
  context.log.info(
    `✓ release ${settings.tag} of ${settings.owner}/${settings.repo}: ${verification.results.length} artifact(s) verified`,
  );
  return { outputs: { ...outputs, state: 'verified' }, summary };
}
