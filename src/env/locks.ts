import { parse as parseToml } from 'smol-toml';
import type { Finding } from '../model/types.js';
import { loadYaml } from '../read-yaml.js';
import { normalizedPackageName, parseCondaSpec, parsePipLine } from './packages.js';
import { TomlPlaces } from './toml-places.js';
import { meets, normalizedMarker, parseRequirement, shownRequirement, specifierClauses, type Requirement } from './versions.js';
import { envLockMissing } from '../rules/env-lock-missing.js';
import { envLockStale } from '../rules/env-lock-stale.js';
import { envUnreadable } from '../rules/env-unreadable.js';

/**
 * Lock files read beside the manifests they lock, statically (never by running uv, pixi or conda-lock): what each
 * tool's own check (`uv lock --check`, `pixi lock --check`, conda-lock's) would find out of step, as findings at the
 * manifest's line, each with the command that refreshes the lock.
 */

type Table = Record<string, unknown>;

const isTable = (value: unknown): value is Table => typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Where and why a TOML text does not parse, as a finding; undefined when it does. */
function tomlProblem(text: string): Finding | undefined {
  try {
    parseToml(text);
    return undefined;
  } catch (error) {
    const { line, column } = error as { line?: number; column?: number };
    let start = 0;
    for (let k = 1; k < (line ?? 1); k++) start = text.indexOf('\n', start) + 1;
    start = Math.min(text.length, start + Math.max(0, (column ?? 1) - 1));
    const reason = error instanceof Error ? error.message.split('\n')[0]!.replace(/^Invalid TOML document: /, '') : String(error);
    return { rule: envUnreadable.id, message: `Not valid TOML: ${reason}; nothing that installs from it can read it.`, start, end: start + 1 };
  }
}

/** A lock that cannot be read is a finding too: what it locks cannot be told. */
function unreadableLock(lockName: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return { rule: envLockStale.id, message: `${lockName} cannot be read (${reason}): whether it is in step cannot be told. Regenerate it.`, start: 0, end: 1 };
}

// ---------------------------------------------------------------------------------------------------------------
// uv: uv.lock against pyproject.toml

/** The project's requirements as uv records them in `[package.metadata]`: requires-dist, and requires-dev by group. */
interface UvLocked {
  name: string;
  requiresPython?: string;
  dist: Requirement[];
  dev: Map<string, Requirement[]>;
}

function lockedRequirement(entry: unknown): Requirement | undefined {
  if (!isTable(entry) || typeof entry.name !== 'string') return undefined;
  const requirement: Requirement = {
    name: normalizedPackageName(entry.name),
    extras: asArray(entry.extras)
      .filter((extra): extra is string => typeof extra === 'string')
      .map(normalizedPackageName)
      .sort(),
    specifier: specifierClauses(asString(entry.specifier) ?? ''),
    marker: normalizedMarker(asString(entry.marker) ?? ''),
  };
  const source = asString(entry.url) ?? asString(entry.git) ?? asString(entry.path) ?? asString(entry.editable) ?? asString(entry.directory);
  if (source !== undefined) requirement.url = source;
  return requirement;
}

/**
 * `uv.lock` (lock format version 1) against `pyproject.toml`: the project's `requires-python`, its dependencies,
 * optional dependencies (recorded with an `extra == '…'` marker) and dependency groups, each compared with what
 * the lock recorded of them. Packages whose source `[tool.uv.sources]` replaces are compared by name only.
 */
export function checkUvLock(pyprojectText: string, lockText: string): Finding[] {
  let project: Table;
  let lock: Table;
  try {
    const pyproject = parseToml(pyprojectText) as Table;
    if (!isTable(pyproject.project)) return [];
    project = pyproject.project;
    const sources = isTable(pyproject.tool) && isTable(pyproject.tool.uv) && isTable(pyproject.tool.uv.sources) ? pyproject.tool.uv.sources : {};
    lock = parseToml(lockText) as Table;
    return compareUv(pyprojectText, pyproject, project, new Set(Object.keys(sources).map(normalizedPackageName)), lock);
  } catch (error) {
    return [unreadableLock('uv.lock or pyproject.toml', error)];
  }
}

function compareUv(text: string, pyproject: Table, project: Table, replaced: ReadonlySet<string>, lock: Table): Finding[] {
  const places = new TomlPlaces(text);
  const findings: Finding[] = [];
  const stale = (at: { start: number; end: number }, what: string) =>
    findings.push({
      rule: envLockStale.id,
      message: `uv.lock is out of step with pyproject.toml: ${what}. \`uv lock --check\` fails; run \`uv lock\` and commit uv.lock.`,
      ...at,
    });
  const name = typeof project.name === 'string' ? normalizedPackageName(project.name) : undefined;
  const packages = asArray(lock.package).filter(isTable);
  const root =
    packages.find((entry) => typeof entry.name === 'string' && normalizedPackageName(entry.name) === name) ??
    packages.find((entry) => isTable(entry.source) && (entry.source.virtual === '.' || entry.source.editable === '.'));
  if (!root || typeof root.name !== 'string') {
    stale(places.key('project', 'name'), `the lock records no package for the project ${project.name ?? ''}`.trimEnd());
    return findings;
  }
  if (name !== undefined && normalizedPackageName(root.name) !== name) {
    stale(places.key('project', 'name'), `the project is ${String(project.name)}, the lock records it as ${root.name}`);
  }
  const locked: UvLocked = { name: root.name, dist: [], dev: new Map() };
  if (typeof lock['requires-python'] === 'string') locked.requiresPython = lock['requires-python'];
  const metadata = isTable(root.metadata) ? root.metadata : {};
  locked.dist = asArray(metadata['requires-dist'])
    .map(lockedRequirement)
    .filter((r): r is Requirement => r !== undefined);
  if (isTable(metadata['requires-dev'])) {
    for (const [group, entries] of Object.entries(metadata['requires-dev'])) {
      locked.dev.set(
        normalizedPackageName(group),
        asArray(entries)
          .map(lockedRequirement)
          .filter((r): r is Requirement => r !== undefined),
      );
    }
  }

  // requires-python: uv rewrites some forms (`~=3.10` as `>=3.10, <4`), compared only when written plainly.
  const wanted = typeof project['requires-python'] === 'string' ? project['requires-python'] : undefined;
  if (wanted !== undefined && locked.requiresPython !== undefined && /^[\s\d.,<>=!]+$/.test(wanted) && !wanted.includes('*')) {
    if (specifierClauses(wanted).join(',') !== specifierClauses(locked.requiresPython).join(',')) {
      stale(places.key('project', 'requires-python'), `requires-python is "${wanted}" here, "${locked.requiresPython}" in the lock`);
    }
  }

  // The project's dependencies and its extras, as uv records them (an extra's with `extra == '…'` in its marker).
  const declared: Array<{ requirement: Requirement; written: string; table: string; key: string }> = [];
  for (const written of asArray(project.dependencies)) {
    const requirement = typeof written === 'string' ? parseRequirement(written) : undefined;
    if (requirement) declared.push({ requirement, written: written as string, table: 'project', key: 'dependencies' });
  }
  if (isTable(project['optional-dependencies'])) {
    for (const [extra, entries] of Object.entries(project['optional-dependencies'])) {
      for (const written of asArray(entries)) {
        const requirement = typeof written === 'string' ? parseRequirement(written) : undefined;
        if (!requirement) continue;
        const marker = `extra == '${normalizedPackageName(extra)}'`;
        requirement.marker = requirement.marker ? `(${requirement.marker}) and ${marker}` : marker;
        declared.push({ requirement, written: written as string, table: 'project.optional-dependencies', key: extra });
      }
    }
  }
  compareRequirements(declared, locked.dist, replaced, places, stale, 'project', 'dependencies');

  const groups = isTable(pyproject['dependency-groups']) ? pyproject['dependency-groups'] : {};
  for (const [group, entries] of Object.entries(groups)) {
    const inGroup: typeof declared = [];
    for (const written of asArray(entries)) {
      const requirement = typeof written === 'string' ? parseRequirement(written) : undefined;
      if (requirement) inGroup.push({ requirement, written: written as string, table: 'dependency-groups', key: group });
    }
    compareRequirements(inGroup, locked.dev.get(normalizedPackageName(group)) ?? [], replaced, places, stale, 'dependency-groups', group, group);
  }
  for (const group of locked.dev.keys()) {
    if (!Object.keys(groups).some((name) => normalizedPackageName(name) === group) && (locked.dev.get(group)?.length ?? 0) > 0) {
      stale(places.key('', 'dependency-groups'), `the lock records a dependency group ${group} that pyproject.toml no longer has`);
    }
  }
  return findings;
}

/** The same requirements on both sides, told apart by name, extras and marker; one finding for each difference. */
function compareRequirements(
  declared: ReadonlyArray<{ requirement: Requirement; written: string; table: string; key: string }>,
  locked: readonly Requirement[],
  replaced: ReadonlySet<string>,
  places: TomlPlaces,
  stale: (at: { start: number; end: number }, what: string) => void,
  table: string,
  key: string,
  group?: string,
): void {
  const identity = (r: Requirement) => `${r.name}[${r.extras.join(',')}];${r.marker}`;
  const lockedBy = new Map(locked.map((r) => [identity(r), r]));
  const where = group === undefined ? '' : ` (group ${group})`;
  const seen = new Set<string>();
  for (const { requirement, written, table: declaredIn, key: declaredKey } of declared) {
    const id = identity(requirement);
    seen.add(id);
    const other = lockedBy.get(id);
    const at = places.string(declaredIn, declaredKey, written);
    if (!other) {
      stale(at, `${written.trim()}${where} is not in the lock`);
      continue;
    }
    if (replaced.has(requirement.name) || requirement.url !== undefined || other.url !== undefined) continue;
    if (requirement.specifier.join(',') !== other.specifier.join(',')) {
      stale(at, `${written.trim()}${where} is locked as ${shownRequirement(other)}`);
    }
  }
  for (const other of locked) {
    if (!seen.has(identity(other)))
      stale(places.key(table, key), `the lock still has ${shownRequirement(other)}${where}, which pyproject.toml no longer requires`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// pixi: pixi.lock against pixi.toml (or pyproject.toml's [tool.pixi])

interface PixiLocked {
  /** Per environment, per platform: conda package name → version, and PyPI name → version. */
  environments: Map<string, Map<string, { conda: Map<string, string>; pypi: Map<string, string> }>>;
  platforms: Set<string>;
}

/** `name-version-build.conda` (or `.tar.bz2`) as name and version. */
function condaFileName(url: string): { name: string; version: string } | undefined {
  const file = url
    .slice(url.lastIndexOf('/') + 1)
    .replace(/\.conda$|\.tar\.bz2$/, '')
    .split('-');
  if (file.length < 3) return undefined;
  return { name: file.slice(0, -2).join('-'), version: file[file.length - 2]! };
}

function readPixiLock(text: string): PixiLocked {
  const lock = loadYaml(text);
  if (!isTable(lock) || !isTable(lock.environments)) throw new Error('no environments: section');
  // Version 6 and later list each package once, with its name and version (PyPI) or in its file name (conda).
  const pypiByUrl = new Map<string, { name: string; version: string }>();
  const condaByUrl = new Map<string, { name: string; version: string }>();
  for (const entry of asArray(lock.packages)) {
    if (!isTable(entry)) continue;
    const pypi = asString(entry.pypi);
    const conda = asString(entry.conda);
    if (pypi !== undefined && typeof entry.name === 'string')
      pypiByUrl.set(pypi, { name: normalizedPackageName(entry.name), version: String(entry.version ?? '') });
    if (conda !== undefined) {
      const named = typeof entry.name === 'string' ? { name: entry.name, version: String(entry.version ?? '') } : condaFileName(conda);
      if (named) condaByUrl.set(conda, named);
    }
  }
  const environments: PixiLocked['environments'] = new Map();
  const platforms = new Set<string>();
  for (const platform of asArray(lock.platforms)) if (isTable(platform) && typeof platform.name === 'string') platforms.add(platform.name);
  for (const [name, environment] of Object.entries(lock.environments)) {
    const byPlatform = new Map<string, { conda: Map<string, string>; pypi: Map<string, string> }>();
    const packages = isTable(environment) && isTable(environment.packages) ? environment.packages : {};
    for (const [platform, entries] of Object.entries(packages)) {
      platforms.add(platform);
      const locked = { conda: new Map<string, string>(), pypi: new Map<string, string>() };
      for (const entry of asArray(entries)) {
        if (!isTable(entry)) continue;
        const conda = asString(entry.conda);
        const pypi = asString(entry.pypi);
        const record = conda !== undefined ? condaByUrl.get(conda) : undefined;
        if (record) locked.conda.set(record.name, record.version);
        const pypiRecord = pypi !== undefined ? pypiByUrl.get(pypi) : undefined;
        if (pypiRecord) locked.pypi.set(pypiRecord.name, pypiRecord.version);
      }
      byPlatform.set(platform, locked);
    }
    environments.set(name, byPlatform);
  }
  return { environments, platforms };
}

/** A dependency's version as a manifest writes it: `">=1.2"`, or `{ version = ">=1.2", channel = … }`; none for a path or git source. */
function pixiVersion(value: unknown): string | undefined | null {
  if (typeof value === 'string') return value;
  if (isTable(value)) {
    if ('path' in value || 'git' in value || 'url' in value) return null;
    return typeof value.version === 'string' ? value.version : '*';
  }
  return undefined;
}

/**
 * `pixi.lock` against its manifest: every platform the workspace declares has packages in the lock, every
 * environment the manifest defines is locked, and each dependency of an environment (its features', for each
 * platform, targets included) is locked there at a version its specifier allows.
 */
export function checkPixiLock(manifestName: string, manifestText: string, lockText: string): Finding[] {
  let manifest: Table;
  let lock: PixiLocked;
  try {
    const parsed = parseToml(manifestText) as Table;
    const tool = isTable(parsed.tool) && isTable(parsed.tool.pixi) ? parsed.tool.pixi : undefined;
    manifest = manifestName === 'pyproject.toml' ? (tool ?? {}) : parsed;
    lock = readPixiLock(lockText);
  } catch (error) {
    return [unreadableLock(`pixi.lock or ${manifestName}`, error)];
  }
  const prefix = manifestName === 'pyproject.toml' ? 'tool.pixi.' : '';
  const places = new TomlPlaces(manifestText);
  const findings: Finding[] = [];
  const stale = (at: { start: number; end: number }, what: string) =>
    findings.push({
      rule: envLockStale.id,
      message: `pixi.lock is out of step with ${manifestName}: ${what}. \`pixi lock --check\` fails; run \`pixi lock\` and commit pixi.lock.`,
      ...at,
    });
  const workspaceKey = isTable(manifest.workspace) ? 'workspace' : 'project';
  const workspace = isTable(manifest[workspaceKey]) ? (manifest[workspaceKey] as Table) : {};
  const platforms = asArray(workspace.platforms).filter((p): p is string => typeof p === 'string');
  for (const platform of platforms) {
    if (!lock.platforms.has(platform))
      stale(places.string(`${prefix}${workspaceKey}`, 'platforms', platform), `it declares the platform ${platform}, the lock has no packages for it`);
  }
  const features = isTable(manifest.feature) ? manifest.feature : {};
  const environments = new Map<string, string[]>([['default', ['']]]);
  if (isTable(manifest.environments)) {
    for (const [name, spec] of Object.entries(manifest.environments)) {
      const listed = Array.isArray(spec) ? spec : isTable(spec) ? asArray(spec.features) : [];
      const noDefault = isTable(spec) && spec['no-default-feature'] === true;
      environments.set(name, [...(noDefault ? [] : ['']), ...listed.filter((f): f is string => typeof f === 'string')]);
    }
  }
  // One finding for each dependency and problem, naming the platforms it holds on.
  const problems = new Map<string, { at: { start: number; end: number }; what: string; where: string[] }>();
  const problem = (at: { start: number; end: number }, what: string, where: string) => {
    const key = `${at.start}\u0000${what}`;
    const known = problems.get(key);
    if (known) known.where.push(where);
    else problems.set(key, { at, what, where: [where] });
  };
  for (const [environment, featureNames] of environments) {
    const locked = lock.environments.get(environment);
    if (!locked) {
      stale(
        environment === 'default' ? places.key(`${prefix}${workspaceKey}`, 'platforms') : places.key(`${prefix}environments`, environment),
        `the environment ${environment} is not in the lock`,
      );
      continue;
    }
    for (const platform of platforms) {
      const onPlatform = locked.get(platform);
      if (!onPlatform) continue; // said once above, for the platform
      const where = environment === 'default' ? platform : `${platform} in the environment ${environment}`;
      for (const feature of featureNames) {
        const base = feature === '' ? manifest : isTable(features[feature]) ? (features[feature] as Table) : {};
        const table = feature === '' ? prefix.replace(/\.$/, '') : `${prefix}feature.${feature}`;
        const target = isTable(base.target) && isTable(base.target[platform]) ? (base.target[platform] as Table) : {};
        for (const [kind, lockedNames] of [
          ['dependencies', onPlatform.conda],
          ['pypi-dependencies', onPlatform.pypi],
        ] as const) {
          const sections: Array<[Table, string]> = [
            [isTable(base[kind]) ? (base[kind] as Table) : {}, table ? `${table}.${kind}` : kind],
            [isTable(target[kind]) ? (target[kind] as Table) : {}, `${table ? `${table}.` : ''}target.${platform}.${kind}`],
          ];
          for (const [dependencies, path] of sections) {
            for (const [name, value] of Object.entries(dependencies)) {
              const version = pixiVersion(value);
              if (version === null || version === undefined) continue;
              const have = lockedNames.get(kind === 'pypi-dependencies' ? normalizedPackageName(name) : name);
              const at = places.key(path, name);
              if (have === undefined) problem(at, `${name} is required and not in the lock`, where);
              else if (meets(have, version) === false) problem(at, `${name} ${version} is required, the lock has ${name} ${have}`, where);
            }
          }
        }
      }
    }
  }
  for (const { at, what, where } of problems.values()) stale(at, `${what} (${where.join(', ')})`);
  return dedupe(findings);
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.start}\u0000${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// conda-lock: conda-lock.yml against the environment.yml it was made from

/**
 * `conda-lock.yml` (format version 1) against an environment file it names in `metadata.sources`: the platforms
 * the file asks for (`platforms:`) locked, and each dependency (conda, and pip under `pip:`) locked for every
 * platform at a version its specifier allows. (conda-lock's content hash covers the same, in a serialisation of
 * its own that is not recomputed here.)
 */
export function checkCondaLock(
  environmentName: string,
  environmentText: string,
  lockText: string,
  lineOf: (needle: string) => { start: number; end: number },
): Finding[] {
  let environment: Table;
  let lock: Table;
  try {
    const parsed = loadYaml(environmentText);
    lock = loadYaml(lockText) as Table;
    // The environment file's own trouble is its lint's to report.
    if (!isTable(parsed)) return [];
    if (!isTable(lock) || !isTable(lock.metadata)) throw new Error('not a conda-lock file: no metadata with its platforms and sources');
    environment = parsed;
  } catch (error) {
    return [unreadableLock('conda-lock.yml', error)];
  }
  const metadata = lock.metadata as Table;
  const sources = asArray(metadata.sources).filter((s): s is string => typeof s === 'string');
  if (sources.length > 0 && !sources.some((source) => source.replace(/^.*\//, '') === environmentName.replace(/^.*\//, ''))) return [];
  const findings: Finding[] = [];
  const stale = (at: { start: number; end: number }, what: string) =>
    findings.push({
      rule: envLockStale.id,
      message: `conda-lock.yml is out of step with ${environmentName}: ${what}. Run \`conda-lock -f ${environmentName}\` and commit conda-lock.yml.`,
      ...at,
    });
  const lockedPlatforms = asArray(metadata.platforms).filter((p): p is string => typeof p === 'string');
  for (const platform of asArray(environment.platforms)) {
    if (typeof platform === 'string' && !lockedPlatforms.includes(platform))
      stale(lineOf(platform), `it asks for ${platform}, the lock has no packages for it`);
  }
  const locked = new Map<string, string>();
  for (const entry of asArray(lock.package)) {
    if (!isTable(entry) || typeof entry.name !== 'string') continue;
    const name = entry.manager === 'pip' ? `pip:${normalizedPackageName(entry.name)}` : entry.name;
    locked.set(`${entry.platform}\u0000${name}`, String(entry.version ?? ''));
  }
  const wanted: Array<{ key: string; name: string; version: string; written: string }> = [];
  for (const dependency of asArray(environment.dependencies)) {
    if (typeof dependency === 'string') {
      const spec = parseCondaSpec(dependency);
      if (spec) wanted.push({ key: spec.name, name: spec.name, version: spec.version ?? '*', written: dependency });
    } else if (isTable(dependency) && Array.isArray(dependency.pip)) {
      for (const line of dependency.pip) {
        if (typeof line !== 'string') continue;
        const entry = parsePipLine(line);
        if (entry.kind === 'requirement' && !entry.url)
          wanted.push({ key: `pip:${normalizedPackageName(entry.name)}`, name: entry.name, version: entry.specifier || '*', written: line });
      }
    }
  }
  for (const { key, name, version, written } of wanted) {
    const missing = lockedPlatforms.filter((platform) => !locked.has(`${platform}\u0000${key}`));
    if (missing.length > 0) stale(lineOf(written), `${name} is not locked (${missing.join(', ')})`);
    const other = new Map<string, string[]>();
    for (const platform of lockedPlatforms) {
      const have = locked.get(`${platform}\u0000${key}`);
      if (have !== undefined && meets(have, version) === false) other.set(have, [...(other.get(have) ?? []), platform]);
    }
    for (const [have, platforms] of other) stale(lineOf(written), `${written.trim()} is locked as ${name} ${have} (${platforms.join(', ')})`);
  }
  return dedupe(findings);
}

// ---------------------------------------------------------------------------------------------------------------
// Which lock a manifest has, and a missing one

/** A file beside the manifest: its text, why it cannot be read, or undefined when there is none. */
export type Sibling = { text: string } | { problem: string } | undefined;

/** The commands that install from a lock, by tool: a README that runs one means the lock is how people install. */
const INSTALLS_FROM_LOCK: ReadonlyArray<{ lock: string; tool: string; command: RegExp; refresh: string }> = [
  { lock: 'uv.lock', tool: 'uv', command: /\buv\s+(?:sync|run)\b/, refresh: 'uv lock' },
  { lock: 'pixi.lock', tool: 'pixi', command: /\bpixi\s+(?:install|run|shell)\b/, refresh: 'pixi lock' },
  { lock: 'conda-lock.yml', tool: 'conda-lock', command: /\bconda-lock\s+install\b/, refresh: 'conda-lock -f environment.yml' },
];

/**
 * A manifest's findings against its lock, found beside it by `sibling` (undefined: no such file), and a missing
 * lock where a README installs from one. `manifest` is the file's name (`pyproject.toml`, `pixi.toml`,
 * `environment.yml`); `lineOf` places a YAML entry of an environment file.
 */
export function lockFindings(
  manifest: string,
  text: string,
  sibling: (name: string) => Sibling,
  readmes: readonly string[],
  lineOf: (needle: string) => { start: number; end: number } = () => ({ start: 0, end: 1 }),
): Finding[] {
  const base = manifest.replace(/^.*\//, '');
  const findings: Finding[] = [];
  // A manifest that is not TOML is read by nothing that installs from it: said at its place, and no lock compared.
  if (base.endsWith('.toml')) {
    const broken = tomlProblem(text);
    if (broken) return [broken];
  }
  const tools: string[] = [];
  if (base === 'pyproject.toml') {
    if (/^\s*\[project\]/m.test(text)) tools.push('uv');
    if (/^\s*\[tool\.pixi[.\]]/m.test(text)) tools.push('pixi');
  } else if (base === 'pixi.toml') tools.push('pixi');
  else tools.push('conda-lock');
  for (const tool of tools) {
    const { lock, command, refresh } = INSTALLS_FROM_LOCK.find((entry) => entry.tool === tool)!;
    const found = sibling(lock);
    if (found && 'problem' in found) {
      findings.push({ rule: envLockStale.id, message: `${lock} cannot be read (${found.problem}): whether it is in step cannot be told.`, start: 0, end: 1 });
      continue;
    }
    const lockText = found?.text;
    if (lockText === undefined) {
      const readme = readmes.find((candidate) => command.test(candidate));
      if (readme !== undefined) {
        const written = command.exec(readme)![0];
        findings.push({
          rule: envLockMissing.id,
          message: `The README installs with \`${written}\`, but there is no ${lock} beside ${base}: each install resolves the versions anew. Run \`${refresh}\` and commit ${lock}.`,
          start: 0,
          end: 1,
        });
      }
      continue;
    }
    if (tool === 'uv') findings.push(...checkUvLock(text, lockText));
    else if (tool === 'pixi') findings.push(...checkPixiLock(base, text, lockText));
    else findings.push(...checkCondaLock(base, text, lockText, lineOf));
  }
  return findings;
}
