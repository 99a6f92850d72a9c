// For bench/catalog-merge.bench.mjs: add one packaged chart to a Helm repository folder exactly as
// publish-chart-catalog does (applyHelmRepository: look the version up, copy the .tgz, merge its
// entry into index.yaml), minus git. Usage: node index.js REPO_DIR CHART.tgz BASE_URL
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { applyHelmRepository } from '../packages/release-kit/src/catalogs/helm-repo.js';
import { buildChart, readChartArchive } from '../packages/release-kit/src/charts/load.js';

const [dir, archive, baseUrl] = process.argv.slice(2);
const data = await readFile(archive);
const { metadata } = await buildChart((await readChartArchive(data, archive)).files, archive);
const { outcomes } = await applyHelmRepository(dir, '.', baseUrl, [
  { chart: archive, metadata, fileName: path.basename(archive), data },
]);
console.log(JSON.stringify(outcomes));
