// Decide whether a release carries every asset it must have before it may be published.
import picomatch from 'picomatch';

/** The part of an asset this check needs. */
export interface AssetCompleteness {
  name: string;
  /** `uploaded` when complete; `starter` after an interrupted upload. */
  state: string;
}

export interface RequiredAssetsReport {
  /** Names or globs that no asset matches. */
  missing: string[];
  /** Assets that match but are not complete (`name (state)`). */
  incomplete: string[];
}

/**
 * Check `required` (exact names or globs such as `*_checksums.txt`) against a release's assets.
 * A glob is satisfied by at least one matching asset, and every asset it matches must be complete.
 */
export function checkRequiredAssets(
  assets: readonly AssetCompleteness[],
  required: readonly string[],
): RequiredAssetsReport {
  const missing: string[] = [];
  const incomplete = new Set<string>();
  for (const pattern of required) {
    const matches = picomatch.scan(pattern).isGlob
      ? assets.filter((asset) => picomatch(pattern, { dot: true })(asset.name))
      : assets.filter((asset) => asset.name === pattern);
    if (!matches.length) missing.push(pattern);
    for (const asset of matches) if (asset.state !== 'uploaded') incomplete.add(`${asset.name} (${asset.state})`);
  }
  return { missing, incomplete: [...incomplete] };
}

/** One line listing what is wrong, or undefined when nothing is. */
export function describeAssetProblems(report: RequiredAssetsReport): string | undefined {
  const parts: string[] = [];
  if (report.missing.length) parts.push(`missing ${report.missing.join(', ')}`);
  if (report.incomplete.length) parts.push(`not completely uploaded ${report.incomplete.join(', ')}`);
  return parts.length ? parts.join('; ') : undefined;
}
