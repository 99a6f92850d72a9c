// helm's OCI layout for charts: the config blob as Go marshals chart.Metadata, the manifest
// annotations helm derives, the manifest bytes, and the reference with + mapped to _.
import { describe, expect, test } from '@jest/globals';
import { packageChartDirectory } from '../../packages/release-kit/src/charts/package.js';
import {
  chartConfigJson,
  chartManifestAnnotations,
  chartManifestJson,
  chartReference,
  HELM_CHART_LAYER_MEDIA_TYPE,
  HELM_CONFIG_MEDIA_TYPE,
  parseRegistryUrl,
} from '../../packages/release-kit/src/charts/oci.js';
import { createOciClient } from '../../packages/release-kit/src/oci/client.js';
import { describeBlob } from '../../packages/release-kit/src/oci/digest.js';
import { isValidRegistryHost } from '../../packages/release-kit/src/oci/reference.js';
import { chartCopy } from './chart-fixtures.js';

const mtime = new Date('2024-05-01T12:00:00Z');

describe('config blob', () => {
  test('frobnitz: Go field order, empty fields omitted, annotations sorted', async () => {
    const { metadata } = await packageChartDirectory(await chartCopy('frobnitz'), { mtime });
    expect(chartConfigJson(metadata).toString()).toBe(
      '{"name":"frobnitz","home":"http://example.com","sources":["https://example.com/foo/bar"],"version":"1.2.3",' +
        '"description":"This is a frobnitz.","keywords":["frobnitz","sprocket","dodad"],' +
        '"maintainers":[{"name":"The Helm Team","email":"helm@example.com"},{"name":"Someone Else","email":"nobody@example.com"}],' +
        '"icon":"https://example.com/64x64.png","apiVersion":"v2","appVersion":"0.9.0",' +
        '"annotations":{"anotherkey":"anothervalue","extrakey":"extravalue","org.opencontainers.image.title":"not-frobnitz"},' +
        '"dependencies":[{"name":"alpine","version":"0.1.0","repository":"https://example.com/charts"},{"name":"mariner","version":"4.3.2","repository":"https://example.com/charts"}]}',
    );
  });

  test('Go escapes <, > and & in strings; a dependency keeps an empty repository', () => {
    const json = chartConfigJson({
      name: 'x',
      version: '1.0.0',
      apiVersion: 'v2',
      description: 'a <b> & c',
      dependencies: [{ name: 'd', repository: '' }],
      type: 'application',
    }).toString();
    expect(json).toBe(
      '{"name":"x","version":"1.0.0","description":"a \\u003cb\\u003e \\u0026 c","apiVersion":"v2","dependencies":[{"name":"d","repository":""}],"type":"application"}',
    );
    expect(JSON.parse(json).description).toBe('a <b> & c');
  });
});

describe('manifest', () => {
  test('annotations as helm sets them; the chart cannot override title', async () => {
    const { metadata, created } = await packageChartDirectory(await chartCopy('frobnitz'), { mtime });
    expect(chartManifestAnnotations(metadata, created)).toEqual({
      'org.opencontainers.image.description': 'This is a frobnitz.',
      'org.opencontainers.image.title': 'frobnitz',
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.url': 'http://example.com',
      'org.opencontainers.image.created': '2024-05-01T12:00:00Z',
      'org.opencontainers.image.source': 'https://example.com/foo/bar',
      'org.opencontainers.image.authors': 'The Helm Team (helm@example.com), Someone Else (nobody@example.com)',
      anotherkey: 'anothervalue',
      extrakey: 'extravalue',
    });
  });

  test('bytes: schemaVersion, config, layers, sorted annotations, no mediaType field (helm omits it)', () => {
    const config = describeBlob(HELM_CONFIG_MEDIA_TYPE, Buffer.from('{}'));
    const layer = describeBlob(HELM_CHART_LAYER_MEDIA_TYPE, Buffer.from('tgz'));
    const manifest = chartManifestJson(config, [layer], {
      'org.opencontainers.image.version': '1.0.0',
      'org.opencontainers.image.title': 'x',
    }).toString();
    expect(manifest).toBe(
      `{"schemaVersion":2,"config":{"mediaType":"${HELM_CONFIG_MEDIA_TYPE}","digest":"${config.digest}","size":2},` +
        `"layers":[{"mediaType":"${HELM_CHART_LAYER_MEDIA_TYPE}","digest":"${layer.digest}","size":3}],` +
        '"annotations":{"org.opencontainers.image.title":"x","org.opencontainers.image.version":"1.0.0"}}',
    );
  });
});

describe('reference', () => {
  test('<registry-path>/<name>:<version>, + becomes _ in the tag only', () => {
    expect(chartReference('oci://ghcr.io/acme/charts', 'kruntimes', '1.2.3+build.5')).toEqual({
      registry: 'ghcr.io',
      repository: 'acme/charts/kruntimes',
      tag: '1.2.3_build.5',
      ref: 'ghcr.io/acme/charts/kruntimes:1.2.3_build.5',
      ociUrl: 'oci://ghcr.io/acme/charts/kruntimes',
      registryUrl: 'oci://ghcr.io/acme/charts',
    });
    expect(chartReference('oci://127.0.0.1:5000', 'x', '1.0.0').ref).toBe('127.0.0.1:5000/x:1.0.0');
  });

  test('capitals (a GitHub owner) are lowered, as OCI names are lower case', () => {
    expect(chartReference('oci://ghcr.io/Acme-Corp/Charts', 'x', '1.0.0').ref).toBe('ghcr.io/acme-corp/charts/x:1.0.0');
  });

  test.each([
    ['ghcr.io/acme/charts'],
    ['https://ghcr.io/acme'],
    ['oci://ghcr.io/ac me/charts'],
    ['oci://'],
    ['oci://ghcr.io/a//b'],
    ['oci://ghcr.io/-a'],
    ['oci://-ghcr.io/a'],
    ['oci://ghcr..io/a'],
    ['oci://ghcr.io:/a'],
  ])('registry %j is refused naming the input', (value) => {
    expect(() => parseRegistryUrl(value)).toThrow(/input 'registry' has invalid value .*expected oci:\/\/HOST/);
  });

  test('one host rule: the registry input and the OCI client accept and refuse the same hosts', () => {
    for (const host of ['ghcr.io', '127.0.0.1:5000', '[::1]:5000', 'localhost', '-ghcr.io', 'ghcr..io', 'a_b.io']) {
      const input = (() => {
        try {
          return parseRegistryUrl(`oci://${host}/charts`).host;
        } catch {
          return 'refused';
        }
      })();
      const client = (() => {
        try {
          return createOciClient({ registry: host }).registry;
        } catch {
          return 'refused';
        }
      })();
      expect([host, client]).toEqual([host, input]);
      expect(input).toBe(isValidRegistryHost(host) ? host : 'refused');
    }
  });
});
