import { CORE_SCHEMA, defineMappingTag, defineScalarTag, defineSequenceTag, load, mergeTag } from 'js-yaml';

/** Safe YAML loading with bounds: the core schema (no custom tags), few aliases, limited nesting. */
export function loadYaml(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA, maxAliases: 100, maxDepth: 64 });
}

/**
 * A value under a tag a Python tool gives meaning to (`!!python/name:pymdownx.arithmatex.fence_mathjax_format`,
 * MkDocs' `!ENV [VAR, default]` and `!relative`): kept as data, never run.
 */
export interface TaggedValue {
  /** The tag as resolved: `tag:yaml.org,2002:python/name:…`, `!ENV`. */
  tag: string;
  value: unknown;
}

/** Inert tag definitions, for scalars, sequences and mappings, of every tag starting with `prefix`. */
function inertTags(prefix: string) {
  return [
    defineScalarTag(prefix, { matchByTagPrefix: true, resolve: (source, _explicit, tag): TaggedValue => ({ tag, value: source }), identify: () => false }),
    defineSequenceTag(prefix, {
      matchByTagPrefix: true,
      create: (tag) => ({ tag, value: [] as unknown[] }),
      addItem: (carrier, item) => void carrier.value.push(item),
      identify: () => false,
    }),
    defineMappingTag(prefix, {
      matchByTagPrefix: true,
      create: (tag) => ({ tag, value: new Map<unknown, unknown>() }),
      addPair: (carrier, key, value) => (carrier.value.set(key, value), ''),
      has: (carrier, key) => carrier.value.has(key),
      keys: (result) => result.value.keys(),
      get: (result, key) => result.value.get(key),
      identify: () => false,
    }),
  ];
}

/**
 * The core schema, with Python's tags and local ones (`!ENV`) read as inert values (MkDocs' configuration uses both),
 * and merge keys (`<<`), which PyYAML reads.
 */
const TOOL_CONFIG_SCHEMA = CORE_SCHEMA.withTags(mergeTag, inertTags('tag:yaml.org,2002:python/'), inertTags('!'));

/**
 * loadYaml, for a Python tool's configuration (MkDocs'), read as PyYAML reads it: its tags as TaggedValue, never run,
 * and a key written twice taking its last value.
 */
export function loadToolConfig(text: string): unknown {
  return load(text, { schema: TOOL_CONFIG_SCHEMA, json: true, maxAliases: 100, maxDepth: 64 });
}
