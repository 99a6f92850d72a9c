export const id = 526;
export const ids = [526];
export const modules = {

/***/ 62526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   canonicalRelease: () => (/* binding */ canonicalRelease),
/* harmony export */   ensureDraftRelease: () => (/* binding */ ensureDraftRelease),
/* harmony export */   failedReleaseSteps: () => (/* binding */ failedReleaseSteps),
/* harmony export */   findReleaseForTag: () => (/* binding */ findReleaseForTag),
/* harmony export */   immutableReleaseError: () => (/* binding */ immutableReleaseError),
/* harmony export */   immutableReleaseMessage: () => (/* binding */ immutableReleaseMessage),
/* harmony export */   isImmutableReleaseError: () => (/* binding */ isImmutableReleaseError),
/* harmony export */   listReleasesForTag: () => (/* binding */ listReleasesForTag),
/* harmony export */   publishRelease: () => (/* binding */ publishRelease),
/* harmony export */   shouldBeLatest: () => (/* binding */ shouldBeLatest),
/* harmony export */   supersedingPatch: () => (/* binding */ supersedingPatch),
/* harmony export */   updateRelease: () => (/* binding */ updateRelease)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23178);
/* harmony import */ var _versions_semver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6358);
// GitHub releases for one tag: find (drafts included), create a single draft even under races, publish.



/**
 * Every release whose tag_name is `tag`, lowest id first.
 * `GET /releases/tags/{tag}` returns published releases only (a draft is a 404), so list them all;
 * drafts are listed for tokens with push access.
 */
async function listReleasesForTag(client, ref) {
    const all = (await client.paginate(client.rest.repos.listReleases, {
        owner: ref.owner,
        repo: ref.repo,
        per_page: 100,
    }));
    return all.filter((release) => release.tag_name === ref.tag).sort((a, b) => a.id - b.id);
}
/**
 * The one release that stands for a tag: the published one if any (GitHub allows at most one
 * published release per tag), else the draft with the lowest id. Every job applying this rule to
 * the same listing picks the same release, which is what lets concurrent jobs converge.
 */
function canonicalRelease(releases) {
    const published = releases.find((release) => !release.draft);
    if (published)
        return published;
    return [...releases].sort((a, b) => a.id - b.id)[0];
}
/** The published release or the draft for `tag`, or undefined when there is none. */
async function findReleaseForTag(client, ref) {
    return canonicalRelease(await listReleasesForTag(client, ref));
}
/**
 * Return the release for `tag`, creating it as a draft when there is none, and never leave two.
 *
 * Why this converges: GitHub has no "create if absent" for releases and happily stores several
 * drafts with the same tag_name, so N jobs that each list, see nothing and create would leave N
 * drafts. Instead every job, after creating, lists again and applies one deterministic rule
 * (`canonicalRelease`: the published release, else the lowest id). Release ids grow with creation
 * order, so by the time a job's own create has returned, every earlier draft already exists and is
 * listed; all jobs therefore agree on the winner, which nobody ever deletes. Each job then deletes
 * the other drafts it saw for the tag: its own when it lost (the rule of the design), and also
 * orphans, e.g. a draft GitHub created for a request whose response was lost and which the client
 * retried. A published release is never deleted. The losers adopt the winner and report `existing`.
 */
async function ensureDraftRelease(client, options) {
    const existing = await findReleaseForTag(client, options);
    if (existing)
        return { release: existing, state: 'existing' };
    const { data: created } = await client.rest.repos.createRelease({
        owner: options.owner,
        repo: options.repo,
        tag_name: options.tag,
        name: options.name ?? options.tag,
        body: options.body ?? '',
        draft: true,
        prerelease: options.prerelease ?? false,
        ...(options.targetCommitish ? { target_commitish: options.targetCommitish } : {}),
    });
    const afterCreate = await listReleasesForTag(client, options);
    // The listing may lag behind our own create; count it in so the rule sees it.
    const candidates = afterCreate.some((release) => release.id === created.id) ? afterCreate : [...afterCreate, created];
    const winner = canonicalRelease(candidates);
    // Drafts other than the winner: our own if we lost, other jobs' losing drafts (which they delete
    // themselves too; the second DELETE is a harmless 404), or the orphan of a create whose response
    // was lost and which the client retried. All must go, and none of them is published.
    const strays = candidates.filter((release) => release.draft && release.id !== winner.id);
    for (const stray of strays)
        await deleteDraft(client, options, stray.id);
    if (winner.id === created.id)
        return { release: created, state: 'created' };
    return { release: winner, state: 'existing' };
}
async function deleteDraft(client, ref, releaseId) {
    try {
        await client.rest.repos.deleteRelease({ owner: ref.owner, repo: ref.repo, release_id: releaseId });
    }
    catch (error) {
        // Already gone (its creator or another job deleted it first, or a retried DELETE): the goal is reached.
        if (error.status !== 404)
            throw error;
    }
}
/** Change a release's name, body or prerelease flag (also allowed on an immutable release). */
async function updateRelease(client, options) {
    const { data } = await client.rest.repos.updateRelease({
        owner: options.owner,
        repo: options.repo,
        release_id: options.releaseId,
        ...(options.name !== undefined ? { name: options.name } : {}),
        ...(options.body !== undefined ? { body: options.body } : {}),
        ...(options.prerelease !== undefined ? { prerelease: options.prerelease } : {}),
    });
    return data;
}
/**
 * Whether `version` may be marked latest: never a prerelease, never a version lower than the
 * highest stable version already published. Compared with SemVer, not by date, so a patch to an
 * older line (1.4.9 after 2.0.0) does not steal "latest". Drafts and prereleases are ignored.
 */
function shouldBeLatest(version, prerelease, published, selfId) {
    if (prerelease || semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(version))
        return false;
    for (const release of published) {
        if (release.draft || release.prerelease || release.id === selfId)
            continue;
        const other = (0,_versions_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .versionOfTag */ .mx)(release.tag_name);
        if (other && !semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(other) && semver__WEBPACK_IMPORTED_MODULE_0___default().gt(other, version))
            return false;
    }
    return true;
}
/**
 * Publish a draft (`draft: false`) with make_latest computed by `shouldBeLatest` over the
 * repository's published releases. An already published release is left alone (`unchanged`).
 * On a repository with immutable releases this locks the tag and the assets, so it must be last.
 */
async function publishRelease(client, options) {
    const prerelease = options.prerelease ?? options.release.prerelease;
    if (!options.release.draft) {
        return { release: options.release, state: 'unchanged', latest: false };
    }
    let latest = options.makeLatest;
    if (latest === undefined) {
        const all = (await client.paginate(client.rest.repos.listReleases, {
            owner: options.owner,
            repo: options.repo,
            per_page: 100,
        }));
        latest = shouldBeLatest(options.version, prerelease, all, options.release.id);
    }
    try {
        const { data } = await client.rest.repos.updateRelease({
            owner: options.owner,
            repo: options.repo,
            release_id: options.release.id,
            draft: false,
            prerelease,
            make_latest: latest ? 'true' : 'false',
        });
        return { release: data, state: 'published', latest };
    }
    catch (error) {
        if (isImmutableReleaseError(error))
            throw immutableReleaseError(options.release.tag_name, error);
        throw error;
    }
}
/**
 * Whether an API error is GitHub refusing a change because a release is immutable: 422
 * "Cannot upload assets to an immutable release." or "tag_name was used by an immutable release".
 */
function isImmutableReleaseError(error) {
    const e = error;
    if (!e || e.status !== 422)
        return false;
    const text = `${e.message ?? ''} ${safeJson(e.response?.data)}`;
    return /immutable release/i.test(text);
}
function safeJson(value) {
    try {
        return JSON.stringify(value) ?? '';
    }
    catch {
        return '';
    }
}
/** The next patch version after `tag`'s version, for the superseding-release advice. */
function supersedingPatch(tag) {
    const version = (0,_versions_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .versionOfTag */ .mx)(tag);
    if (!version)
        return undefined;
    // Keep the tag's own spelling (`v`, `krt-v`): the superseding tag sits in the same series.
    const prefix = tag.slice(0, tag.indexOf(version));
    return `${prefix}${semver__WEBPACK_IMPORTED_MODULE_0___default().inc(version, 'patch')}`;
}
/** One line: why the request cannot succeed and what to do instead. */
function immutableReleaseMessage(tag, detail) {
    const next = supersedingPatch(tag);
    return (`release ${tag} is published and immutable${detail ? ` (${detail})` : ''}: ` +
        `its tag and assets can no longer change; cut a new patch release${next ? ` (${next})` : ''} that supersedes it`);
}
/** Markdown for the step summary: how to recover from a failed immutable release. */
function failedReleaseSteps(tag) {
    const next = supersedingPatch(tag) ?? 'the next patch version';
    return [
        `### Release ${tag} failed after it was published`,
        '',
        `GitHub does not let an immutable release change its tag or assets, and the tag cannot be reused.`,
        'Do not delete or move the tag. Instead:',
        '',
        `1. Edit the notes of ${tag} (notes stay editable) to say it is superseded by ${next} and why.`,
        `2. Fix the cause, then add a \`## ${next.replace(/^v/, '')}\` entry to CHANGELOG.md noting that it supersedes ${tag}.`,
        `3. Tag ${next} and let the release workflow run: draft, upload every asset, then publish last.`,
        `4. If ${tag} was marked latest, ${next} takes that over when it is published.`,
        '',
    ].join('\n');
}
/** A UserError carrying the superseding-patch message and the recovery steps for the summary. */
function immutableReleaseError(tag, cause) {
    const said = cause;
    const detail = (said?.gitHubMessage ?? said?.message)?.replace(/\s+-\s+https?:\S+$/, '');
    const error = new _plumbing_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(immutableReleaseMessage(tag, detail), { value: tag, summary: failedReleaseSteps(tag) });
    return error;
}


/***/ })

};

//# sourceMappingURL=526.index.js.map