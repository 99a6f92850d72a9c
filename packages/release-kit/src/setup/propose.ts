// The version tracks init proposes for what discover.ts found, and their `.github/release-kit.yml` text.
import path from 'node:path';
import { Document, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { UserError, invalidInput } from '../plumbing/errors.js';
import { escapeRegExp } from '../plumbing/regexp.js';
import { findOccurrences } from '../versions/locations.js';
import { VERSION_GROUP, type FoundChart, type RepoLayout, type VersionMention } from './discover.js';

export interface ProposedLocation {
  file: string;
  key?: string;
  pattern?: string;
}

export interface ProposedTrack {
  name: string;
  /** What the track is, written as a comment above it. */
  comment: string;
  version: string;
  tag?: string;
  /** Every bump must bump this track (bump-version `required`). */
  required?: boolean;
  files: ProposedLocation[];
  watch: string[];
  /** Tracks this one's bump also bumps: an appVersion written into a Chart.yaml changes that chart. */
  implies?: string[];
  kind: 'chart' | 'app';
  charts: FoundChart[];
}

/** A track name from a chart name: lower-case letters, digits and '-', starting with a letter (config.ts TRACK_NAME). */
function trackName(chartName: string, suffix: string, taken: ReadonlySet<string>): string {
  const stem =
    chartName
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^[^a-z]+/, '')
      .replace(/-+$/, '')
      .slice(0, 30) || 'chart';
  let name = `${stem}-${suffix}`;
  for (let n = 2; taken.has(name); n++) name = `${stem}-${suffix}-${n}`;
  return name;
}

/** One track for charts that share a version, else one per chart. */
function groupTracks(
  charts: readonly FoundChart[],
  version: (c: FoundChart) => string,
  kind: 'chart' | 'app',
  taken: Set<string>,
): ProposedTrack[] {
  if (charts.length === 0) return [];
  const key = kind === 'chart' ? 'version' : 'appVersion';
  const make = (name: string, group: FoundChart[], comment: string): ProposedTrack => {
    taken.add(name);
    return {
      name,
      comment,
      version: version(group[0]),
      kind,
      charts: group,
      files: group.map((c) => ({ file: chartFile(c), key })),
      watch: kind === 'chart' ? group.filter((c) => c.dir !== '.').map((c) => `${c.dir}/**`) : [],
    };
  };
  const what = kind === 'chart' ? 'chart version' : 'appVersion (the version of what the chart deploys)';
  if (new Set(charts.map(version)).size === 1) {
    const names = charts.map((c) => c.name).join(', ');
    return [make(kind, [...charts], `The ${what} of ${names}: release-kit bump --${kind}=patch`)];
  }
  return charts.map((c) => {
    const name = trackName(c.name, kind, taken);
    return make(name, [c], `The ${what} of ${c.name}: release-kit bump --${name}=patch`);
  });
}

function chartFile(chart: FoundChart): string {
  return chart.dir === '.' ? 'Chart.yaml' : `${chart.dir}/Chart.yaml`;
}

/** The track a README mention belongs to: a chart track for `--version` (the one whose chart it names, if any), an app track for the rest. */
function trackForMention(
  mention: VersionMention,
  chartTracks: readonly ProposedTrack[],
  appTracks: readonly ProposedTrack[],
): ProposedTrack | undefined {
  const ordered = mention.kind === 'chart' ? [...chartTracks, ...appTracks] : [...appTracks, ...chartTracks];
  const matching = ordered.filter((t) => t.version === mention.version);
  const named = matching.find((t) =>
    t.charts.some((c) => new RegExp(`(?:^|[/\\s])${escapeRegExp(c.name)}(?:[\\s:@_-]|$)`).test(mention.prefix)),
  );
  return named ?? matching[0];
}

/**
 * The tracks for `layout`: chart versions (one track when every chart shares its version), the
 * appVersions likewise, each package.json that holds one of those versions (the root one with the
 * chart, as Buntime's bump script keeps it; the others with the app, watching their folder), and
 * the README lines that name them.
 */
export function proposeTracks(
  layout: RepoLayout,
  options: { tagTrack?: string } = {},
): { tracks: ProposedTrack[]; notes: string[] } {
  const notes: string[] = [];
  if (layout.charts.length === 0) {
    throw new UserError(
      'release-kit init found no Helm chart (a Chart.yaml with a name and a SemVer version) in the workspace; run it at the root of a repository with charts',
      {
        input: 'workspace',
        valid: 'a repository with at least one Chart.yaml',
      },
    );
  }
  const taken = new Set<string>();
  const chartTracks = groupTracks(layout.charts, (c) => c.version, 'chart', taken);
  const appTracks = groupTracks(
    layout.charts.filter((c) => c.appVersion !== undefined),
    (c) => c.appVersion!,
    'app',
    taken,
  );

  for (const pkg of layout.packages) {
    const root = pkg.file === 'package.json';
    const ordered = root ? [...chartTracks, ...appTracks] : [...appTracks, ...chartTracks];
    const track = ordered.find((t) => t.version === pkg.version);
    if (!track) continue;
    track.files.push({ file: pkg.file, key: 'version' });
    const dir = path.posix.dirname(pkg.file);
    if (!root && track.kind === 'app' && !track.watch.includes(`${dir}/**`)) track.watch.push(`${dir}/**`);
  }

  const byPattern = new Map<string, { mention: VersionMention; versions: Set<string> }>();
  for (const mention of layout.mentions) {
    const pattern = escapeRegExp(mention.prefix) + VERSION_GROUP;
    const key = `${mention.file}\0${pattern}`;
    const entry = byPattern.get(key) ?? { mention, versions: new Set<string>() };
    entry.versions.add(mention.version);
    byPattern.set(key, entry);
  }
  // Which track each README version text went to: two tracks must never claim one text, or a bump
  // that moves them apart is refused (versions/tracks.ts planEdits).
  const claimed = new Map<string, string>();
  for (const [key, { mention, versions }] of byPattern) {
    const pattern = key.split('\0')[1];
    const where = `${mention.file}:${mention.line} (${mention.prefix.trim()}…)`;
    const track = versions.size === 1 ? trackForMention(mention, chartTracks, appTracks) : undefined;
    // Every match of the pattern must hold the track's version, or check would fail on the first run.
    const occurrences = findOccurrences(
      { file: mention.file, pattern, configLine: 0 },
      layout.readmes[mention.file] ?? '',
    );
    const values = occurrences.map((o) => o.value);
    if (!track || values.some((v) => v !== track.version)) {
      notes.push(`${where}: the same text names several versions (${[...new Set(values)].join(', ')}); not tracked`);
      continue;
    }
    const texts = occurrences.map((o) => `${mention.file}:${o.start}`);
    const other = texts.map((t) => claimed.get(t)).find((name) => name !== undefined && name !== track.name);
    if (other) {
      notes.push(`${where}: its pattern would also match a version text of track '${other}'; not tracked`);
      continue;
    }
    for (const t of texts) claimed.set(t, track.name);
    track.files.push({ file: mention.file, pattern });
  }

  const tracks = [...chartTracks, ...appTracks];
  // A new appVersion is a change to the chart that carries it, and a published chart version is
  // never overwritten: the chart tracks of those charts go up with the app (bump-version `implies`).
  for (const app of appTracks) {
    const implied = chartTracks
      .filter((chart) => chart.charts.some((c) => app.charts.includes(c)))
      .map((chart) => chart.name);
    if (implied.length) app.implies = implied;
  }
  // The tag names the release. With a CLI (kruntimes) that is the app: its archives and images
  // carry the tag's version. Otherwise the chart, as Buntime's bump script tags the chart version
  // (changelog or not). `tagTrack` overrides either.
  let tagged = layout.cli && appTracks.length === 1 ? appTracks[0] : tracks[0];
  if (options.tagTrack !== undefined) {
    const chosen = tracks.find((t) => t.name === options.tagTrack);
    if (!chosen)
      throw invalidInput(
        'tag-track',
        options.tagTrack,
        `one of the proposed tracks: ${tracks.map((t) => t.name).join(', ')}`,
      );
    tagged = chosen;
  }
  tagged.tag = 'v{version}';
  // A tag on the chart version (Buntime) makes every release a chart release: the chart track is
  // bumped every time, as Buntime's own bump script requires --chart.
  if (tagged.kind === 'chart') tagged.required = true;
  // The repository's hooks say which changes need a bump (Buntime's lefthook polices charts/** and
  // the version files, not the runtime's sources): watch only what they police.
  if (layout.hookGlobs) {
    const policed = new Set(layout.hookGlobs);
    for (const track of tracks) track.watch = track.watch.filter((glob) => policed.has(glob));
  }
  // What republishes the chart into its catalog must bump it, or the catalog refuses the changed chart
  // under the same version (Buntime's helm-publish runs on plugins/*/manifest.yaml too).
  const catalog = layout.workflows.chartCatalog;
  if (catalog) {
    for (const track of chartTracks)
      for (const glob of catalog.paths) if (!track.watch.includes(glob)) track.watch.push(glob);
  }
  if (tagged.kind === 'chart' && layout.images.length && appTracks.length) {
    notes.push(
      `the tag follows the chart track, so release-images tags the images with the chart version (${tagged.version}), not the appVersion (${appTracks[0].version}); set the chart's image tag in values.yaml accordingly, or pass --tag-track ${appTracks[0].name}`,
    );
  }
  return { tracks, notes };
}

/** The `.github/release-kit.yml` text for `tracks`, in the flow style docs/version-tracks.md shows. */
export function renderVersionsConfig(tracks: readonly ProposedTrack[]): string {
  const doc = new Document({ versions: {} });
  doc.commentBefore = [
    ' release-kit: version tracks (docs/version-tracks.md). Written by `release-kit init`; edit freely.',
    ' Each track is a set of places that always hold the same version; `watch` globs need a bump when they change.',
  ].join('\n');
  const versions = doc.get('versions') as YAMLMap;
  for (const track of tracks) {
    const body: Record<string, unknown> = {};
    if (track.tag) body.tag = doc.createNode(track.tag);
    if (track.tag) (body.tag as Scalar).type = 'QUOTE_DOUBLE';
    if (track.required) body.required = true;
    body.files = track.files.map((f) =>
      f.key !== undefined ? { file: f.file, key: f.key } : { file: f.file, pattern: f.pattern },
    );
    if (track.watch.length) body.watch = track.watch;
    if (track.implies?.length) body.implies = track.implies;
    const node = doc.createNode(body) as YAMLMap;
    for (const entry of (node.get('files', true) as unknown as YAMLSeq).items) (entry as YAMLMap).flow = true;
    const watch = node.get('watch', true) as unknown as YAMLSeq | undefined;
    if (watch) watch.flow = true;
    const implies = node.get('implies', true) as unknown as YAMLSeq | undefined;
    if (implies) implies.flow = true;
    const pair = doc.createPair(track.name, node);
    (pair.key as Scalar).commentBefore = ` ${track.comment}`;
    versions.items.push(pair);
  }
  return doc.toString({ lineWidth: 0, singleQuote: true, flowCollectionPadding: true });
}
