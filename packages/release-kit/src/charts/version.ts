// What helm accepts as a chart version and (for OCI) a chart name: tiny and dependency-free, so
// that checking an action's inputs does not load the chart parser or the packaging code.

// Masterminds/semver v3's NewVersion grammar, which is what helm's isValidSemver accepts: an
// optional "v", minor and patch optional, no leading zeros, SemVer 2 pre-release and build parts.
const MASTERMINDS_SEMVER =
  /^v?(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

// The name becomes a path component of the OCI repository, so it must be one (distribution's
// path-component grammar). helm itself only requires name == filepath.Base(name).
const SAFE_CHART_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;

/** True when helm (Masterminds/semver) accepts `version` as a chart version. */
export function isChartVersion(version: string): boolean {
  return MASTERMINDS_SEMVER.test(version);
}

/** True for a chart name helm accepts that can also be an OCI repository path component. */
export function isSafeChartName(name: string): boolean {
  return SAFE_CHART_NAME.test(name) && name.length <= 128;
}

/** A numeric identifier's order without parsing it (no leading zeros, any length): by length, then digits. */
function compareNumeric(a: string, b: string): number {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** SemVer 2's pre-release order, which Masterminds follows: numeric parts below alphanumeric ones, fewer parts first. */
function comparePrerelease(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  const [pa, pb] = [a.split('.'), b.split('.')];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (i >= pa.length) return -1;
    if (i >= pb.length) return 1;
    const [x, y] = [pa[i], pb[i]];
    if (x === y) continue;
    const [nx, ny] = [/^\d+$/.test(x), /^\d+$/.test(y)];
    if (nx && ny) return compareNumeric(x, y);
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * helm's order of two chart versions (Masterminds/semver's Compare): `v` and a missing minor or
 * patch read as 0, build metadata ignored, pre-releases before their release. A version helm
 * cannot parse sorts below every valid one (helm's ChartVersions.Less pushes it to the back);
 * two such versions compare as text.
 */
export function compareChartVersions(a: string, b: string): number {
  const [ma, mb] = [MASTERMINDS_SEMVER.exec(a), MASTERMINDS_SEMVER.exec(b)];
  if (!ma || !mb) {
    if (ma || mb) return ma ? 1 : -1;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  for (const group of [1, 2, 3]) {
    const order = compareNumeric(ma[group] ?? '0', mb[group] ?? '0');
    if (order !== 0) return order;
  }
  return comparePrerelease(ma[4], mb[4]);
}

/**
 * True when helm counts `a` and `b` as one chart version (its index lookup and `helm repo index
 * --merge` match by SemVer equality): `1.0.0`, `v1.0.0`, `1.0` and `1.0.0+build` are one version.
 */
export function sameChartVersion(a: string, b: string): boolean {
  return a === b || (isChartVersion(a) && isChartVersion(b) && compareChartVersions(a, b) === 0);
}
