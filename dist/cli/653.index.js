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
// EXTERNAL MODULE: ./packages/release-kit/src/charts/oci.ts
var oci = __webpack_require__(66933);
// EXTERNAL MODULE: ./packages/release-kit/src/charts/package.ts + 2 modules
var charts_package = __webpack_require__(85891);
// EXTERNAL MODULE: ./packages/release-kit/src/oci/media-types.ts
var media_types = __webpack_require__(3818);
;// CONCATENATED MODULE: ./packages/release-kit/src/charts/push.ts

/**
 * Push `artifact` to `location`. The tag only ever points at complete content, since the registry
 * refuses a manifest whose blobs it lacks and an interrupted upload is restarted by the client.
 * The chart layer is HEADed and skipped when present. The config blob (a few hundred bytes) is only
 * HEADed when the layer was already there (an earlier run that died before tagging): on a fresh push
 * it is new whenever the layer is, and its HEAD would cost as much as sending it. That keeps a fresh
 * push to 2 HEADs (tag, by the caller; layer), 2 upload sessions and 1 manifest PUT.
 */
async function pushChart(client, artifact, location, log) {
    const { repository, tag } = location;
    const layerPresent = await client.blobExists(repository, artifact.layer.digest);
    if (layerPresent)
        log.info(`${repository}: chart layer ${artifact.layer.digest} already present`);
    else
        await client.uploadBlob(repository, artifact.layerBytes, artifact.layer.digest);
    const configPresent = layerPresent ? await client.blobExists(repository, artifact.config.digest) : undefined;
    if (!configPresent)
        await client.uploadBlob(repository, artifact.configBytes, artifact.config.digest);
    // putManifest checks that Docker-Content-Digest equals the digest of the bytes sent.
    await client.putManifest(repository, tag, artifact.manifest, media_types/* OCI_MANIFEST */.EG);
}

// EXTERNAL MODULE: ./packages/release-kit/src/git/source-date.ts
var source_date = __webpack_require__(12391);
// EXTERNAL MODULE: ./packages/release-kit/src/oci/client.ts + 1 modules
var oci_client = __webpack_require__(60584);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/errors.ts
var errors = __webpack_require__(23178);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/fs.ts
var fs = __webpack_require__(51430);
// EXTERNAL MODULE: ./packages/release-kit/src/plumbing/log.ts
var plumbing_log = __webpack_require__(49983);
;// CONCATENATED MODULE: ./packages/release-kit/src/operations/publish-chart-oci.steps.ts
// publish-chart-oci after its inputs are valid: package or load each chart, then push it in helm's
// OCI format. Loaded lazily by operations/publish-chart-oci.ts.









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
    // Package (or load) and validate every chart before the first request to the registry.
    const plans = await (0,plumbing_log/* inGroup */.HB)(log, `Package ${settings.charts.length === 1 ? settings.charts[0] : `${settings.charts.length} charts`}`, async () => {
        const planned = [];
        for (const input of settings.charts) {
            const absolute = await (0,fs/* resolveInside */.LI)(workspace, input, 'chart');
            const where = external_node_path_default().relative(workspace, absolute) || '.';
            const packaged = await (0,charts_package/* loadChart */.Ty)(absolute, where, { version: settings.version, appVersion: settings.appVersion, releaseNotes }, () => (0,source_date/* reproducibleTime */.m)(absolute, runner.sourceDateEpoch, 'directory'));
            if (packaged.origin === 'directory')
                log.info(`${where}: packaged ${packaged.fileName} (${packaged.entries.length} files, ${packaged.data.length} bytes, mtime ${oci/* rfc3339 */.ag(packaged.created)})`);
            else
                log.info(`${where}: validated packaged chart ${packaged.metadata.name} ${packaged.metadata.version} (${packaged.data.length} bytes)`);
            const reference = oci/* chartReference */.sL(registryUrl.url, packaged.metadata.name, packaged.metadata.version);
            planned.push({ input, packaged, reference, artifact: oci/* chartOciArtifact */.Wt(packaged) });
        }
        return planned;
    });
    const seen = new Map();
    for (const plan of plans) {
        const other = seen.get(plan.reference.ref);
        if (other !== undefined)
            throw (0,errors/* invalidInput */.aY)('chart', plan.input, `charts with distinct name:version pairs; ${other} is also ${plan.reference.ref}`);
        seen.set(plan.reference.ref, plan.input);
    }
    const client = (0,oci_client/* createOciClient */.Dj)({
        registry: registryUrl.host,
        plainHttp: settings.plainHttp,
        username: settings.username,
        password: settings.password,
        push: true,
        retryBaseMs: runner.retryBaseMs,
        log,
    });
    // Look at every tag first, so that a refused chart stops the run before anything is pushed.
    const existing = new Map();
    for (const plan of plans) {
        const found = await client.manifestExists(plan.reference.repository, plan.reference.tag);
        existing.set(plan.reference.ref, found?.digest);
        if (found && found.digest !== plan.artifact.digest && settings.onExisting === 'fail') {
            throw new errors/* UserError */.yo(`${plan.reference.ref} already exists with digest ${found.digest}, and this chart (${plan.input}) is ${plan.artifact.digest}: a published chart version is never overwritten; bump the chart version (input 'version' or Chart.yaml), or set on-existing: overwrite if you really mean to replace it`, {
                input: 'on-existing',
                value: settings.onExisting,
                valid: 'a new chart version',
                summary: refusedSummary(plan.reference.ref, found.digest, plan.artifact.digest),
            });
        }
    }
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
                await pushChart(client, plan.artifact, plan.reference, log);
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
        summary: summaryOf(results),
    };
}
function summaryOf(results) {
    const lines = [
        '### Helm charts published to OCI',
        '',
        '| Chart | Reference | Digest | State |',
        '| --- | --- | --- | --- |',
    ];
    for (const r of results)
        lines.push(`| ${r.name} ${r.version} | \`${r.ref}\` | \`${r.digest}\` | ${r.state} |`);
    lines.push('', 'Install:', '', '```sh');
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


/***/ })

};

//# sourceMappingURL=653.index.js.map