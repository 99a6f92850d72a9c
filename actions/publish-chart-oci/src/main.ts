// publish-chart-oci: package Helm charts reproducibly and push them to an OCI registry, never overwriting a version.
import { runAction } from '../../../packages/release-kit/src/runtime/action.js';
import { operation } from '../../../packages/release-kit/src/operations/publish-chart-oci.js';
process.exitCode = await runAction(operation);
