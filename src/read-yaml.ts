import { CORE_SCHEMA, load } from 'js-yaml';

/** Safe YAML loading with bounds: the core schema (no custom tags), few aliases, limited nesting. */
export function loadYaml(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA, maxAliases: 100, maxDepth: 64 });
}
