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
 * it is new whenever the layer is, and its HEAD would cost as much as sending it. That keeps a fresh
 * push to 2 HEADs (tag, by the caller; layer), 2 upload sessions and 1 manifest PUT.
 */
export async function pushChart(
  client: OciClient,
  artifact: ChartOciArtifact,
  location: Pick<ChartOciLocation, 'repository' | 'tag'>,
  log: Logger,
): Promise<void> {
  const { repository, tag } = location;
  const layerPresent = await client.blobExists(repository, artifact.layer.digest);
  if (layerPresent) log.info(`${repository}: chart layer ${artifact.layer.digest} already present`);
  else await client.uploadBlob(repository, artifact.layerBytes, artifact.layer.digest);
  const configPresent = layerPresent ? await client.blobExists(repository, artifact.config.digest) : undefined;
  if (!configPresent) await client.uploadBlob(repository, artifact.configBytes, artifact.config.digest);
  // putManifest checks that Docker-Content-Digest equals the digest of the bytes sent.
  await client.putManifest(repository, tag, artifact.manifest, OCI_MANIFEST);
}
