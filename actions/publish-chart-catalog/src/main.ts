// publish-chart-catalog: publish Helm charts into a git-based catalog (Rancher layout or a Helm repository index), never overwriting a version.
import { runAction } from '../../../packages/release-kit/src/runtime/action.js';
import { operation } from '../../../packages/release-kit/src/operations/publish-chart-catalog.js';
process.exitCode = await runAction(operation);
