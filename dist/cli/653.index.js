export const id = 653;
export const ids = [653];
export const modules = {

/***/ 63653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishCharts: () => (/* binding */ publishCharts)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/release-kit/src/charts/completeness.ts
var completeness = __webpack_require__(60322);
// EXTERNAL MODULE: ./packages/release-kit/src/charts/lint.ts + 1 modules
var lint = __webpack_require__(33069);
// EXTERNAL MODULE: ./packages/release-kit/src/charts/load.ts + 1 modules
var charts_load = __webpack_require__(34656);
// EXTERNAL MODULE: ./packages/release-kit/src/charts/oci.ts
var oci = __webpack_require__(66933);
// EXTERNAL MODULE: ./packages/release-kit/src/charts/package.ts
var charts_package = __webpack_require__(39864);
// EXTERNAL MODULE: ./packages/release-kit/src/oci/media-types.ts
var media_types = __webpack_require__(3818);
;// CONCATENATED MODULE: ./packages/release-kit/src/charts/push.ts

/**
 * Push `artifact` to `location`. The tag only ever points at complete content, since the registry
 * refuses a manifest whose blobs it lacks and an interrupted upload is restarted by the client.
 * The chart layer is HEADed and skipped when present. The config blob (a few hundred bytes) is only
 * HEADed when the layer was already there (an earlier run that died before tagging): on a fresh push
 * it is new whenever the layer is, and its HEAD would cost as much as sending it.
 *
 * `checkTag` runs alongside the config blob, just before the tag is written: the caller looks at the
 * tag once more, so that another run that tagged the version meanwhile is not overwritten. That
 * keeps a fresh push to 3 HEADs (tag, by the caller; layer; tag again), 2 upload sessions and 1
 * manifest PUT, before the caller reads the tag back.
 */
async function pushChart(client, artifact, location, log, checkTag = async () => { }) {
    const { repository, tag } = location;
    const layerPresent = await client.blobExists(repository, artifact.layer.digest);
    if (layerPresent)
        log.info(`${repository}: chart layer ${artifact.layer.digest} already present`);
    else
        await client.uploadBlob(repository, artifact.layerBytes, artifact.layer.digest);
    const config = async () => {
        const configPresent = layerPresent ? await client.blobExists(repository, artifact.config.digest) : undefined;
        if (!configPresent)
            await client.uploadBlob(repository, artifact.configBytes, artifact.config.digest);
    };
    // Both run to the end before either failure is thrown: no request is left behind in flight.
    const [uploaded, checked] = await Promise.allSettled([config(), checkTag()]);
    if (checked.status === 'rejected')
        throw checked.reason;
    if (uploaded.status === 'rejected')
        throw uploaded.reason;
    // putManifest checks that Docker-Content-Digest equals the digest of the bytes sent.
    await client.putManifest(repository, tag, artifact.manifest, media_types/* OCI_MANIFEST */.EG);
}

// EXTERNAL MODULE: ./packages/release-kit/src/git/source-date.ts
var source_date = __webpack_require__(12391);
// EXTERNAL MODULE: ./packages/release-kit/src/oci/client.ts + 4 modules
var oci_client = __webpack_require__(43800);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(23178);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/fs.ts
var fs = __webpack_require__(51430);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/log.ts
var plumbing_log = __webpack_require__(49983);
;// CONCATENATED MODULE: ./packages/release-kit/src/operations/publish-chart-oci.steps.ts
// publish-chart-oci after its inputs are valid: package or load each chart, check it, then push it in
// helm's OCI format and read the tag back. Loaded lazily by operations/publish-chart-oci.ts.












const settle = (promise) => promise.then((value) => ({ value }), (error) => ({ error }));
async function unwrap(settled) {
    const outcome = await settled;
    if ('error' in outcome)
        throw outcome.error;
    return outcome.value;
}
async function publishCharts(settings, context) {
    const { log, runner } = context;
    const workspace = runner.workspace;
    // The registry URL is fully checked before any chart is read.
    const registryUrl = oci/* parseRegistryUrl */.I7(settings.registry);
    if (registryUrl.url !== settings.registry.replace(/\/$/, ''))
        log.info(`registry: using ${registryUrl.url} (OCI names are lower case)`);
    const releaseNotes = settings.releaseNotesPath === undefined
        ? undefined
        : (await (0,fs/* readFileInside */.XW)(workspace, settings.releaseNotesPath, 'release-notes', 'Markdown file')).text;
    // Decided once. Packaging does not parse values.yaml: with helm, its lint refuses a broken one;
    // without, it is parsed below, only for the charts about to be pushed.
    const lintPlan = await (0,lint/* planLint */.h)(settings.lint, runner.path);
    const load = { checkValues: false };
    const client = (0,oci_client/* createOciClient */.Dj)({
        registry: registryUrl.host,
        plainHttp: settings.plainHttp,
        username: settings.username,
        password: settings.password,
        push: true,
        retryBaseMs: runner.retryBaseMs,
        log,
    });
    // Read and validate every chart before the first request (values.yaml is parsed after the tag
    // lookup, below). Then each chart's tag is looked up (a read) while its archive is compressed and
    // checked for completeness.
    const plans = await (0,plumbing_log/* inGroup */.HB)(log, `Package ${settings.charts.length === 1 ? settings.charts[0] : `${settings.charts.length} charts`}`, async () => {
        const prepared = [];
        const seen = new Map();
        for (const input of settings.charts) {
            const absolute = await (0,fs/* resolveInside */.LI)(workspace, input, 'chart');
            const where = external_node_path_default().relative(workspace, absolute) || '.';
            // Dating the archive may ask git: meanwhile the chart is read.
            const mtime = settle((0,source_date/* reproducibleTime */.m)(absolute, runner.sourceDateEpoch, 'directory'));
            const chart = await (0,charts_package/* prepareChart */.gX)(absolute, where, { version: settings.version, appVersion: settings.appVersion, releaseNotes }, load);
            // A directory's archive time is part of validating it (no git and no SOURCE_DATE_EPOCH fails).
            if (chart.origin === 'directory')
                await unwrap(mtime);
            const reference = oci/* chartReference */.sL(registryUrl.url, chart.metadata.name, chart.metadata.version);
            const other = seen.get(reference.ref);
            if (other !== undefined)
                throw (0,errors/* invalidInput */.aY)('chart', input, `charts with distinct name:version pairs; ${other} is also ${reference.ref}`);
            seen.set(reference.ref, input);
            prepared.push({ input, absolute, where, chart, mtime, reference });
        }
        const planned = [];
        for (const { input, absolute, where, chart, mtime, reference } of prepared) {
            // Compression starts first (on the thread pool): the first request then loads the HTTP
            // client and waits for the registry meanwhile.
            const packing = chart.pack(() => unwrap(mtime));
            const existing = settle(client.manifestExists(reference.repository, reference.tag));
            const packaged = await packing;
            if (packaged.origin === 'directory')
                log.info(`${where}: packaged ${packaged.fileName} (${packaged.entries.length} files, ${packaged.data.length} bytes, mtime ${oci/* rfc3339 */.ag(packaged.created)})`);
            else
                log.info(`${where}: validated packaged chart ${packaged.metadata.name} ${packaged.metadata.version} (${packaged.data.length} bytes)`);
            const warnings = await (0,completeness/* incompleteChartWarnings */.S)(packaged.chart, where, packaged.origin === 'directory' ? { dir: absolute, workspace } : undefined);
            for (const warning of warnings)
                log.warning(warning);
            planned.push({
                input,
                where,
                packaged,
                reference,
                artifact: oci/* chartOciArtifact */.Wt(packaged),
                existing,
                warnings,
            });
        }
        return planned;
    });
    // Every tag is judged first, so that a refused chart stops the run before anything is pushed.
    const existing = new Map();
    for (const plan of plans) {
        const found = await unwrap(plan.existing);
        existing.set(plan.reference.ref, found?.digest);
        if (found && found.digest !== plan.artifact.digest && settings.onExisting === 'fail')
            throw alreadyPublished(plan, found.digest, settings.onExisting);
    }
    // Lint and render every chart about to be pushed (in parallel) before the first upload; without
    // helm, its values.yaml files are parsed first (helm lint does that itself). A chart the registry
    // already holds byte for byte publishes nothing, so it is not checked again.
    const toPush = plans.filter((plan) => existing.get(plan.reference.ref) !== plan.artifact.digest);
    if (lintPlan.method !== 'helm')
        for (const plan of toPush)
            (0,charts_load/* checkChartValues */.HM)(plan.packaged.chart);
    const linted = await (0,plumbing_log/* inGroup */.HB)(log, 'Lint', () => Promise.all(toPush.map((plan) => (0,lint/* lintChart */.U)(plan.packaged, plan.where, {
        mode: settings.lint,
        plan: lintPlan,
        pathEnv: runner.path,
        tempDir: runner.runnerTemp,
        log,
    }))));
    const checked = plans.map((plan) => linted[toPush.indexOf(plan)]?.summary ?? `${plan.where}: already published with this digest, so not linted again`);
    for (const line of checked)
        log.info(line);
    const results = [];
    for (const plan of plans) {
        const before = existing.get(plan.reference.ref);
        let state;
        if (before === plan.artifact.digest) {
            state = 'unchanged';
            log.info(`${plan.reference.ref} already holds ${plan.artifact.digest}: unchanged`);
        }
        else {
            await (0,plumbing_log/* inGroup */.HB)(log, `Push ${plan.reference.ref}`, async () => {
                if (before !== undefined)
                    log.warning(`on-existing: overwrite: replacing ${plan.reference.ref} (was ${before}) with ${plan.artifact.digest}`);
                await pushChart(client, plan.artifact, plan.reference, log, () => checkTagUnmoved(client, plan, before));
                await checkTagHolds(client, plan);
                log.info(`pushed ${plan.reference.ref} (${plan.artifact.digest})`);
            });
            state = 'pushed';
        }
        results.push({
            chart: plan.input,
            name: plan.packaged.metadata.name,
            version: plan.packaged.metadata.version,
            appVersion: plan.packaged.metadata.appVersion ?? '',
            ref: plan.reference.ref,
            digest: plan.artifact.digest,
            ociUrl: plan.reference.ociUrl,
            state,
            layerDigest: plan.artifact.layer.digest,
        });
    }
    const stats = client.stats;
    log.debug(`registry requests: ${stats.requests} (${stats.manifestHeads} manifest HEAD, ${stats.blobHeads} blob HEAD, ${stats.uploadSessions} upload sessions, ${stats.blobPuts} blob PUT, ${stats.manifestPuts} manifest PUT, ${stats.tokenRequests} token, ${stats.retries} retries, ${stats.uploadRestarts} upload restarts)`);
    const single = results.length === 1 ? results[0] : undefined;
    return {
        outputs: {
            state: results.some((r) => r.state === 'pushed') ? 'pushed' : 'unchanged',
            ref: single?.ref ?? '',
            digest: single?.digest ?? '',
            'oci-url': single?.ociUrl ?? '',
            name: single?.name ?? '',
            version: single?.version ?? '',
            'app-version': single?.appVersion ?? '',
            charts: results,
        },
        summary: summaryOf(results, checked, plans.flatMap((p) => p.warnings)),
    };
}
/** The refusal to overwrite a published version, naming both digests. */
function alreadyPublished(plan, published, onExisting) {
    return new errors/* UserError */.yo(`${plan.reference.ref} already exists with digest ${published}, and this chart (${plan.input}) is ${plan.artifact.digest}: a published chart version is never overwritten; bump the chart version (input 'version' or Chart.yaml), or set on-existing: overwrite if you really mean to replace it`, {
        input: 'on-existing',
        value: onExisting,
        valid: 'a new chart version',
        summary: refusedSummary(plan.reference.ref, published, plan.artifact.digest),
    });
}
/**
 * Just before the tag is written, it must still hold what it held when the run started (or our own
 * digest): a version another run published meanwhile is not overwritten, whatever on-existing says
 * (overwrite replaces what was there, not what a concurrent run writes).
 */
async function checkTagUnmoved(client, plan, before) {
    const now = await client.manifestExists(plan.reference.repository, plan.reference.tag);
    if (now === undefined || now.digest === before || now.digest === plan.artifact.digest)
        return;
    throw concurrentPublisher(plan, now.digest, 'was tagged');
}
/**
 * Read the tag back after writing it. A registry offers no compare-and-swap on tags, so another run
 * pushing the same version at the same moment can overwrite ours; then our digest output would name
 * content that is no longer tagged. Such a run fails, naming both digests.
 */
async function checkTagHolds(client, plan) {
    const now = await client.manifestExists(plan.reference.repository, plan.reference.tag);
    if (now?.digest === plan.artifact.digest)
        return;
    throw concurrentPublisher(plan, now?.digest, 'now holds');
}
/** Another run published the same chart version during this one: nothing of ours stays tagged. */
function concurrentPublisher(plan, theirs, what) {
    const found = theirs ? `${what} ${theirs}` : 'lost its manifest';
    return new errors/* UserError */.yo(`${plan.reference.ref} ${found}, not ${plan.artifact.digest} which this run (${plan.input}) ${what === 'was tagged' ? 'was about to tag' : 'pushed'}: another publisher wrote the same chart version at the same moment, and nothing of this run is tagged. Publish a chart version from one job at a time (release-charts.yml serializes them per chart); if ${theirs ?? 'the other content'} is the chart you meant, a rerun reports it unchanged, else bump the version`, {
        input: 'chart',
        value: plan.input,
        valid: 'one publisher per chart version at a time',
        summary: overwrittenSummary(plan.reference.ref, theirs, plan.artifact.digest),
    });
}
function summaryOf(results, lint, warnings) {
    const lines = [
        '### Helm charts published to OCI',
        '',
        '| Chart | Reference | Digest | State |',
        '| --- | --- | --- | --- |',
    ];
    for (const r of results)
        lines.push(`| ${r.name} ${r.version} | \`${r.ref}\` | \`${r.digest}\` | ${r.state} |`);
    lines.push('', 'Checked before publishing:', '', ...lint.map((l) => `- ${l}`), '');
    if (warnings.length > 0)
        lines.push('Warnings:', '', ...warnings.map((w) => `- ${w}`), '');
    lines.push('Install:', '', '```sh');
    for (const r of results)
        lines.push(`helm upgrade --install ${r.name} ${r.ociUrl} --version ${r.version}`);
    lines.push('```', '', 'Digests, for signing or attestation:', '', '```');
    for (const r of results)
        lines.push(`${r.ociUrl.replace(/^oci:\/\//, '')}@${r.digest}`);
    lines.push('```', '');
    return lines.join('\n');
}
function refusedSummary(ref, published, ours) {
    return [
        '### Chart version already published',
        '',
        `\`${ref}\` exists with a different digest; nothing was pushed.`,
        '',
        `- published: \`${published}\``,
        `- this run:  \`${ours}\``,
        '',
        'Bump the chart version (Chart.yaml or the `version` input) and release again.',
        '',
    ].join('\n');
}
function overwrittenSummary(ref, now, ours) {
    return [
        '### Chart version published by a concurrent run',
        '',
        `\`${ref}\` was written by another run while this one was publishing it; the registry keeps the other.`,
        '',
        `- the tag now: \`${now ?? 'no manifest'}\``,
        `- this run:    \`${ours}\` (not tagged)`,
        '',
        'Registries have no compare-and-swap for tags: publish each chart version from one job at a time.',
        '',
    ].join('\n');
}


/***/ })

};

//# sourceMappingURL=653.index.js.map