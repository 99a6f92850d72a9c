// `helm push` of a packaged chart to an OCI registry: blobs first, then the manifest under the version tag.
import type { OciClient } from '../oci/client.js';
import { OCI_MANIFEST } from '../oci/media-types.js';
import type { Logger } from '../plumbing/log.js';
import type { ChartOciArtifact, ChartOciLocation } from './oci.js';

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
export async function pushChart(
  client: OciClient,
  artifact: ChartOciArtifact,
  location: Pick<ChartOciLocation, 'repository' | 'tag'>,
  log: Logger,
  checkTag: () => Promise<void> = async () => {},
): Promise<void> {
  const { repository, tag } = location;
  const layerPresent = await client.blobExists(repository, artifact.layer.digest);
  if (layerPresent) log.info(`${repository}: chart layer ${artifact.layer.digest} already present`);
  else await client.uploadBlob(repository, artifact.layerBytes, artifact.layer.digest);
  const config = async () => {
    const configPresent = layerPresent ? await client.blobExists(repository, artifact.config.digest) : undefined;
    if (!configPresent) await client.uploadBlob(repository, artifact.configBytes, artifact.config.digest);
  };
  // Both run to the end before either failure is thrown: no request is left behind in flight.
  const [uploaded, checked] = await Promise.allSettled([config(), checkTag()]);
  if (checked.status === 'rejected') throw checked.reason;
  if (uploaded.status === 'rejected') throw uploaded.reason;
  // putManifest checks that Docker-Content-Digest equals the digest of the bytes sent.
  await client.putManifest(repository, tag, artifact.manifest, OCI_MANIFEST);
}
