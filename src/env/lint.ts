import type { Edit, Finding } from '../model/types.js';
import { isPinnedVcs, normalizedName, parseCondaSpec, parsePipLine, type PipInstall } from './packages.js';
import { YamlError, entry, yamlTree, type YamlMap, type YamlNode, type YamlScalar } from './yaml-tree.js';
import { platformPackage, type Platform } from './platform-packages.js';
import { envBuildString } from '../rules/env-build-string.js';
import { envChannels } from '../rules/env-channels.js';
import { envCondaPipDuplicate } from '../rules/env-conda-pip-duplicate.js';
import { envFromHistory } from '../rules/env-from-history.js';
import { envLocalPrefix } from '../rules/env-local-prefix.js';
import { envNotLinted } from '../rules/env-not-linted.js';
import { envOsOnly } from '../rules/env-os-only.js';
import { envPipUnreproducible } from '../rules/env-pip-unreproducible.js';
import { envUnpinned } from '../rules/env-unpinned.js';
import { envUnreadable } from '../rules/env-unreadable.js';
import { envYamlCoercion } from '../rules/env-yaml-coercion.js';

/**
 * Lints the files that say how to rebuild a research environment: conda's environment.yml (with its pip
 * section) and pip's requirements*.txt. Every finding sits at the line of the entry, and says the fix where it is
 * mechanical.
 */

export type Pinning = 'any' | 'exact';

export interface EnvLint {
  findings: Finding[];
  /** Packages read, for the summary. */
  packages: number;
}

/** The largest environment or requirements file read (a real one is a few kilobytes). */
export const MAX_ENV_BYTES = 5 * 1024 * 1024;

/** Channels people use, to tell a misspelling (`default`, `conda_forge`) from a channel of one's own. */
const KNOWN_CHANNELS = [
  'defaults',
  'conda-forge',
  'bioconda',
  'pytorch',
  'nvidia',
  'nodefaults',
  'anaconda',
  'main',
  'r',
  'msys2',
  'fastai',
  'huggingface',
  'pyviz',
  'plotly',
  'intel',
];

/**
 * `platform`: the operating system the file's path says it is for (`win/environment.yml`, `environment-osx.yml`): its
 * own packages are then expected there.
 */
/**
 * `pipInstalls`: what the repository's notebooks install with pip, for a file with no pip section (a
 * `--from-history` export drops it).
 */
export function lintEnvironmentFile(text: string, pinning: Pinning, platform?: Platform, pipInstalls: readonly PipInstall[] = []): EnvLint {
  const findings: Finding[] = [];
  let root: YamlNode | undefined;
  try {
    const tree = yamlTree(text);
    root = tree.root;
    if (tree.secondDocument !== undefined) {
      findings.push({
        rule: envUnreadable.id,
        message:
          'A second YAML document starts here (after ---): conda reads a file of one document and stops ("expected a single document in the stream"). Remove it, or make it a file of its own; only the first is linted.',
        start: tree.secondDocument,
        end: tree.secondDocument + 3,
      });
    }
  } catch (error) {
    const offset = error instanceof YamlError ? error.offset : 0;
    return { findings: [{ rule: envUnreadable.id, message: `Not valid YAML: ${(error as Error).message}`, start: offset, end: offset + 1 }], packages: 0 };
  }
  if (root?.kind !== 'map') {
    return {
      findings: [
        ...findings,
        { rule: envUnreadable.id, message: 'Not a conda environment: expected a mapping with name, channels and dependencies.', start: 0, end: 1 },
      ],
      packages: 0,
    };
  }
  yamlStructure(root, findings);

  const prefix = entry(root, 'prefix');
  if (prefix) {
    const lineStart = text.lastIndexOf('\n', prefix.key.start - 1) + 1;
    const lineEnd = prefix.value.kind === 'scalar' ? text.indexOf('\n', prefix.value.end) : -1;
    const onItsLine = prefix.value.kind === 'scalar' && /^\s*$/.test(text.slice(lineStart, prefix.key.start));
    findings.push({
      rule: envLocalPrefix.id,
      message: `prefix: is a path on the machine that exported this file${prefix.value.kind === 'scalar' ? ` (${prefix.value.value})` : ''}; delete the line (conda env export writes it).`,
      start: prefix.key.start,
      end: prefix.value.kind === 'scalar' ? prefix.value.end : prefix.key.start + 6,
      ...(onItsLine
        ? { fix: { description: 'prefix: line removed', edits: [{ start: lineStart, end: lineEnd < 0 ? text.length : lineEnd + 1, text: '' }] } }
        : {}),
    });
  }

  const channels = entry(root, 'channels');
  if (!channels) {
    const name = entry(root, 'name');
    findings.push({
      rule: envChannels.id,
      message: 'No channels: conda then uses whatever channels the machine is configured with. List them (e.g. conda-forge).',
      start: name?.key.start ?? 0,
      end: (name?.key.start ?? 0) + 4,
    });
  } else if (channels.value.kind === 'seq') {
    for (const channel of channels.value.items) {
      if (channel.kind !== 'scalar' || /[/:]/.test(channel.value) || KNOWN_CHANNELS.includes(channel.value)) continue;
      const near = KNOWN_CHANNELS.find((known) => distance(known, channel.value.toLowerCase().replace(/_/g, '-')) <= 2);
      if (near) {
        findings.push({
          rule: envChannels.id,
          message: `Channel '${channel.value}' looks like a misspelling of '${near}'.`,
          start: channel.start,
          end: channel.end,
        });
      }
    }
  }

  coercions(root, findings);

  const dependencies = entry(root, 'dependencies');
  let packages = 0;
  if (dependencies?.value.kind === 'seq') {
    const condaNames = new Map<string, YamlScalar>();
    const pipEntries: YamlScalar[] = [];
    const builds: Array<{ item: YamlScalar; text: string; build: string }> = [];
    const unversioned: Array<{ item: YamlScalar; name: string }> = [];
    let versioned = 0;
    for (const item of dependencies.value.items) {
      if (item.kind === 'map') {
        const pip = entry(item, 'pip');
        if (pip?.value.kind === 'seq') {
          for (const p of pip.value.items) {
            if (p.kind === 'scalar') pipEntries.push(p);
            else {
              // `pip:` inside `pip:` (or any list or mapping there): conda hands pip each entry as a line of a
              // requirements file, and pip stops on it; nothing in it is installed, or linted.
              findings.push({
                rule: envUnreadable.id,
                message: `A ${p.kind === 'map' ? 'mapping' : 'list'} inside the pip: list: conda hands pip each entry as a requirement line, and pip fails on this one. Write the packages directly under pip:.`,
                start: p.start,
                end: p.start + 1,
              });
            }
          }
        }
        continue;
      }
      // A template placeholder, or a bare number (reported as a YAML surprise), is no package.
      if (item.kind !== 'scalar' || item.value.includes('{{') || /^[\d.]+$/.test(item.value)) continue;
      const spec = parseCondaSpec(item.value);
      if (!spec) continue;
      packages++;
      if (spec.version && spec.version !== '*' && spec.name !== 'pip') versioned++;
      condaNames.set(normalizedName(spec.name, 'conda'), item);
      const osOnly = platformPackage(spec.name);
      if (osOnly && !(platform && osOnly.platforms.includes(platform))) {
        findings.push(onlyOn(text, item, spec.name, osOnly));
        continue;
      }
      if (spec.build) {
        builds.push({ item, text: `${spec.name}=${spec.version}=${spec.build}`, build: spec.build });
      } else if (!spec.version || spec.version === '*') {
        if (spec.name !== 'pip') unversioned.push({ item, name: spec.name });
      } else if (pinning === 'exact' && !/^==?[\w.]+$|^\d[\w.]*$/.test(spec.version.replace(/^=(?=\d)/, ''))) {
        findings.push(loose(item, spec.name, spec.version));
      }
    }
    if (unversioned.length >= MIN_HISTORY_PACKAGES && versioned === 0 && builds.length === 0) {
      findings.push(
        fromHistory(
          dependencies.key,
          unversioned.map(({ name }) => name),
          pipEntries.length > 0,
        ),
      );
    } else {
      for (const { item, name } of unversioned) findings.push(unpinned(item, name));
    }
    const notListed = pipEntries.length > 0 ? [] : pipInstalls.filter((install) => !condaNames.has(normalizedName(install.name, 'pip')));
    if (notListed.length > 0) findings.push(pipSectionMissing(dependencies.key, notListed));
    // A whole export with build strings is one mistake with one fix: reported once, at its first package.
    const fix = 'Export with `conda env export --no-builds` (or `--from-history` for what you asked for).';
    if (builds.length > 3) {
      const first = builds[0]!;
      const edits = builds.flatMap((build) => buildRemoval(text, build.item, build.build));
      findings.push({
        rule: envBuildString.id,
        message: `${builds.length} of ${dependencies.value.items.length} packages pin platform build strings (${first.text}, …): on another platform conda fails with ResolvePackageNotFound. ${fix}`,
        start: first.item.start,
        end: first.item.end,
        ...(edits.length === builds.length
          ? { fix: { description: `build strings removed from ${builds.length} packages (as --no-builds writes them)`, edits } }
          : {}),
      });
    } else {
      for (const { item, text: spec, build } of builds) {
        const edits = buildRemoval(text, item, build);
        findings.push({
          rule: envBuildString.id,
          message: `${spec} pins a platform build string: on another platform conda fails with ResolvePackageNotFound. ${fix}`,
          start: item.start,
          end: item.end,
          ...(edits.length > 0 ? { fix: { description: `${spec} → ${spec.slice(0, -build.length - 1)}`, edits } } : {}),
        });
      }
    }
    for (const item of pipEntries) {
      const result = lintPipEntry(item.value, pinning);
      if (result.isPackage) packages++;
      for (const finding of result.findings) findings.push({ ...finding, start: item.start, end: item.end });
      if (result.name) {
        const conda = condaNames.get(normalizedName(result.name, 'pip'));
        if (conda) {
          findings.push({
            rule: envCondaPipDuplicate.id,
            message: `${result.name} comes from pip and also from conda (${conda.value}): pip installs over conda's copy and the two disagree. Keep one.`,
            start: item.start,
            end: item.end,
          });
        }
      }
    }
  }
  return { findings, packages };
}

/** Fewer packages than this, none versioned, is a small file written by hand rather than a history export. */
const MIN_HISTORY_PACKAGES = 3;

/**
 * A file whose packages carry no version at all, as `conda env export --from-history` writes them (what was asked
 * for, not what was installed): one finding for the whole file, saying what floats. Such an export also drops the
 * pip section (conda/conda#9628), which a file with none is told too.
 */
function fromHistory(at: YamlNode, names: readonly string[], hasPip: boolean): Finding {
  const shown = names.length > 6 ? `${names.slice(0, 6).join(', ')}, …` : names.join(', ');
  return {
    rule: envFromHistory.id,
    message:
      `None of its ${names.length} packages has a version (as \`conda env export --from-history\` writes them): every solve takes the newest ${shown}, so the results may not reproduce. ` +
      `Pin the versions you ran (\`conda env export --no-builds\`, or write them into the history export)` +
      (hasPip ? '.' : '; a history export also drops the pip section (conda/conda#9628): add back what you installed with pip.'),
    start: at.start,
    end: at.start + 'dependencies'.length,
  };
}

/** Packages the notebooks install with pip that the file, with no pip section, does not list: one finding. */
function pipSectionMissing(at: YamlNode, installs: readonly PipInstall[]): Finding {
  const names = [...new Set(installs.map((install) => install.name))];
  const shown = names.length > 6 ? `${names.slice(0, 6).join(', ')}, …` : names.join(', ');
  const first = installs[0]!;
  return {
    rule: envFromHistory.id,
    message:
      `The notebooks install ${shown} with pip (${first.notebook}: \`${first.command}\`), and this file has no pip: section that does: ` +
      'an environment made from it lacks them (a `--from-history` export drops the pip section, conda/conda#9628). Add them under pip:, with their versions.',
    start: at.start,
    end: at.start + 'dependencies'.length,
  };
}

/**
 * `exists` says whether a file that `-r` or `-c` names (a path relative to this file's folder, as pip reads it) is
 * there; without it, such lines are not looked at.
 */
export function lintRequirementsFile(text: string, pinning: Pinning, exists?: (included: string) => boolean): EnvLint {
  const findings: Finding[] = [];
  let packages = 0;
  let offset = 0;
  let continued = '';
  let continuedStart = 0;
  for (const rawLine of text.split('\n')) {
    const lineStart = offset;
    offset += rawLine.length + 1;
    const line = rawLine.replace(/\r$/, '');
    if (continued === '') continuedStart = lineStart;
    if (line.endsWith('\\')) {
      continued += `${line.slice(0, -1)} `;
      continue;
    }
    const logical = (continued + line).replace(/(^|\s)#.*$/, '').trim();
    continued = '';
    if (!logical) continue;
    const start = continuedStart + (rawLine.length - rawLine.trimStart().length);
    const end = lineStart + line.length;
    const result = lintPipEntry(logical, pinning);
    if (result.isPackage) packages++;
    const missing = exists ? missingInclude(logical, exists) : undefined;
    for (const finding of missing ? [...result.findings, missing] : result.findings) findings.push({ ...finding, start, end: Math.max(end, start + 1) });
  }
  return { findings, packages };
}

/** A `-r`/`-c` line naming a local file that is not there: `pip install -r` stops at it ("Could not open requirements file"). */
function missingInclude(line: string, exists: (included: string) => boolean): Omit<Finding, 'start' | 'end'> | undefined {
  const parsed = parsePipLine(line);
  if (parsed.kind !== 'option' || !INCLUDE_OPTIONS.has(parsed.option)) return undefined;
  const included = parsed.value.trim();
  // A URL, or a path with an environment variable pip expands, is not a file to look for here.
  if (included === '' || /^[a-z][a-z0-9+.-]*:\/\//i.test(included) || included.includes('${')) return undefined;
  if (exists(included)) return undefined;
  return {
    rule: envUnreadable.id,
    message: `${parsed.option} ${included}: there is no such file next to this one, so pip install stops here ("Could not open requirements file"). Add the file, or correct the path (it is relative to this file's folder).`,
  };
}

const INCLUDE_OPTIONS = new Set(['-r', '--requirement', '-c', '--constraint']);

interface PipResult {
  findings: Array<Omit<Finding, 'start' | 'end'>>;
  isPackage: boolean;
  name?: string;
}

function lintPipEntry(text: string, pinning: Pinning): PipResult {
  const parsed = parsePipLine(text);
  switch (parsed.kind) {
    case 'editable':
      return {
        isPackage: true,
        findings: [
          {
            rule: envPipUnreproducible.id,
            message: `-e ${parsed.target} installs from a working copy that another machine does not have. Install a released version, or a git URL pinned to a commit.`,
          },
        ],
      };
    case 'url':
      if (/^(git|hg|svn|bzr)\+/i.test(parsed.url) && !isPinnedVcs(parsed.url)) {
        return {
          isPackage: true,
          findings: [{ rule: envPipUnreproducible.id, message: `${parsed.url} follows a branch, not a commit: pin it (@<40-character commit hash>).` }],
        };
      }
      if (/^file:/i.test(parsed.url))
        return { isPackage: true, findings: [{ rule: envPipUnreproducible.id, message: `${parsed.url} is a file on this machine only.` }] };
      return { isPackage: true, findings: [] };
    case 'path':
      return { isPackage: true, findings: [{ rule: envPipUnreproducible.id, message: `${parsed.path} is a local path: another machine does not have it.` }] };
    case 'requirement': {
      const findings: PipResult['findings'] = [];
      if (parsed.url) {
        if (/^(git|hg|svn|bzr)\+/i.test(parsed.url) && !isPinnedVcs(parsed.url)) {
          findings.push({
            rule: envPipUnreproducible.id,
            message: `${parsed.name} @ ${parsed.url} follows a branch, not a commit: pin it (@<40-character commit hash>).`,
          });
        }
      } else if (parsed.specifier === '') {
        findings.push({
          rule: envUnpinned.id,
          message: `${parsed.name} has no version: another machine gets another one. Pin it (${parsed.name}==X.Y.Z, from pip freeze).`,
        });
      } else if (pinning === 'exact' && !/^===?\s*[\w.+!-]+$/.test(parsed.specifier)) {
        findings.push({ rule: envUnpinned.id, message: `${parsed.name}${parsed.specifier} allows several versions; pinning: exact asks for ==.` });
      }
      return { isPackage: true, name: parsed.name, findings };
    }
    default:
      return { isPackage: false, findings: [] };
  }
}

/** A package of one operating system in a file meant for every machine: it fails to solve elsewhere. */
/** The operating system a file's path names (a folder or a part of its name), if any. */
export function platformOfPath(path: string): Platform | undefined {
  const parts = path.toLowerCase().split(/[\\/_.-]+/);
  if (parts.some((part) => ['win', 'win32', 'win64', 'windows'].includes(part))) return 'Windows';
  if (parts.some((part) => ['osx', 'mac', 'macos', 'darwin', 'osx64', 'osxarm64'].includes(part))) return 'macOS';
  if (parts.some((part) => ['linux', 'linux64', 'ubuntu', 'debian'].includes(part))) return 'linux';
  return undefined;
}

function onlyOn(text: string, item: YamlScalar, name: string, entry: NonNullable<ReturnType<typeof platformPackage>>): Finding {
  const where = entry.platforms.join(' and ');
  const lineStart = text.lastIndexOf('\n', item.start - 1) + 1;
  const lineEnd = text.indexOf('\n', item.end);
  // The entry alone on its line (`  - appnope=0.1.3`): the line goes.
  const alone = /^\s*-\s*$/.test(text.slice(lineStart, item.start)) && /^\s*(#.*)?$/.test(text.slice(item.end, lineEnd < 0 ? text.length : lineEnd));
  return {
    rule: envOsOnly.id,
    message: `${name} exists only on ${where} (${entry.what}): exported from there, the file fails to solve elsewhere (ResolvePackageNotFound). Drop it — conda brings it where it is needed — or export with \`conda export --format environment-yaml --from-history\` (conda 25.7) and keep the pip section.`,
    start: item.start,
    end: item.end,
    ...(alone
      ? { fix: { description: `${name} removed (${where} only)`, edits: [{ start: lineStart, end: lineEnd < 0 ? text.length : lineEnd + 1, text: '' }] } }
      : {}),
  };
}

function unpinned(item: YamlScalar, name: string): Finding {
  return {
    rule: envUnpinned.id,
    message: `${name} has no version: another machine gets another one. Pin it (${name}=X.Y), e.g. from \`conda env export --from-history\` plus versions.`,
    start: item.start,
    end: item.end,
  };
}

function loose(item: YamlScalar, name: string, version: string): Finding {
  return {
    rule: envUnpinned.id,
    message: `${name} ${version} allows several versions; pinning: exact asks for an exact version.`,
    start: item.start,
    end: item.end,
  };
}

/**
 * What YAML allows that the lint cannot follow, or conda refuses, said rather than passed over: a key written
 * twice in one mapping, anywhere (conda's loader stops with "found duplicate key"; loaders that accept it keep the
 * last, and the lint would read the first); and aliases and `<<` merge keys where conda reads packages and
 * channels (conda follows them; what they bring in is not linted here). Elsewhere conda ignores them.
 */
function yamlStructure(root: YamlMap, findings: Finding[]): void {
  duplicateKeys(root, findings);
  for (const { key, value } of root.entries) {
    if (key.kind !== 'scalar') continue;
    if (key.plain && key.value === '<<')
      findings.push(
        notLinted(key.start, key.end, 'A merge key (<<) at the top: conda merges in the entries it names, which are not linted here. Write them out.'),
      );
    else if (CONDA_KEYS.has(key.value)) aliasesIn(value, findings);
  }
}

/** The top-level keys conda reads packages and channels from. */
const CONDA_KEYS = new Set(['channels', 'dependencies']);

function aliasesIn(node: YamlNode, findings: Finding[]): void {
  if (node.kind === 'alias') {
    findings.push(
      notLinted(
        node.start,
        node.start + 1,
        'An alias (*name): conda installs what it stands for, which is not linted here. Write the entries out where they are used.',
      ),
    );
  } else if (node.kind === 'seq') {
    for (const item of node.items) aliasesIn(item, findings);
  } else if (node.kind === 'map') {
    for (const { key, value } of node.entries) {
      if (key.kind === 'scalar' && key.plain && key.value === '<<')
        findings.push(
          notLinted(key.start, key.end, 'A merge key (<<): conda merges in the entries it names, which are not linted here. Write them out in this mapping.'),
        );
      else aliasesIn(value, findings);
    }
  }
}

function notLinted(start: number, end: number, message: string): Finding {
  return { rule: envNotLinted.id, message, start, end };
}

function duplicateKeys(node: YamlNode, findings: Finding[]): void {
  if (node.kind === 'seq') {
    for (const item of node.items) duplicateKeys(item, findings);
  } else if (node.kind === 'map') {
    const seen = new Set<string>();
    for (const { key, value } of node.entries) {
      if (key.kind === 'scalar' && !(key.plain && key.value === '<<')) {
        if (seen.has(key.value)) {
          findings.push({
            rule: envUnreadable.id,
            message: `The key ${key.value} appears twice in one mapping: YAML forbids it, and conda stops ("found duplicate key"). Merge the two into one.`,
            start: key.start,
            end: key.end,
          });
        }
        seen.add(key.value);
      }
      duplicateKeys(value, findings);
    }
  }
}

/**
 * Values YAML changes under your feet: an unquoted `3.10` is the number 3.1, `1.0` is 1, `true`/`null` are not
 * strings. In an environment file every value is meant as text.
 */
function coercions(node: YamlNode, findings: Finding[]): void {
  if (node.kind === 'map') {
    for (const { value } of node.entries) coercions(value, findings);
  } else if (node.kind === 'seq') {
    for (const item of node.items) coercions(item, findings);
  } else if (node.kind === 'scalar' && node.plain) {
    const changed = changedByYaml(node.raw);
    if (changed !== undefined) {
      findings.push({
        rule: envYamlCoercion.id,
        message: `YAML reads ${node.raw} as ${changed}: quote it ("${node.raw}") to keep it as written.`,
        start: node.start,
        end: node.end,
        fix: { description: `${node.raw} → "${node.raw}"`, edits: [{ start: node.start, end: node.end, text: `"${node.raw}"` }] },
      });
    }
  }
}

/** The edit that drops `=BUILD` from a conda spec as written (quoted or not); none when it is not found there. */
function buildRemoval(text: string, item: YamlScalar, build: string): Edit[] {
  const raw = text.slice(item.start, item.end);
  const at = raw.lastIndexOf(`=${build}`);
  return at < 0 ? [] : [{ start: item.start + at, end: item.start + at + build.length + 1, text: '' }];
}

function changedByYaml(raw: string): string | undefined {
  if (/^[-+]?\d+\.\d*0$/.test(raw)) return `the number ${Number(raw)}`;
  if (/^0\d+$/.test(raw)) return `the number ${Number.parseInt(raw, 10)} (leading zeros dropped)`;
  return undefined;
}

/** Edit distance, for misspelt channel names. */
function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = previous[j]!;
      previous[j] = Math.min(up + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = up;
    }
  }
  return previous[b.length]!;
}
