import { PROFILE_NAMES } from '../math/profiles.js';
import { RULES } from '../rules/index.js';
import { DIALECT_NAMES } from '../scan/dialects.js';
import { DEFAULT_ENV_INCLUDE, DEFAULT_INCLUDE, TARGET_SETTINGS } from './config.js';

/**
 * A JSON Schema (draft 2020-12) for `.mathrepro.yml`, made from the same data the configuration is checked
 * against (dialects, renderer profiles, rule ids and their defaults), so that an editor offers and checks exactly
 * what mathrepro accepts. Written to docs/mathrepro.schema.json by scripts/config-schema.mjs.
 */
export function configSchema(): Record<string, unknown> {
  const globs = (description: string, defaults?: readonly string[]) => ({
    description,
    oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    ...(defaults ? { default: [...defaults] } : {}),
  });
  const perGlob = (description: string, values: readonly string[]) => ({
    description,
    type: 'object',
    additionalProperties: { enum: [...values] },
  });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/mathrepro/mathrepro/blob/main/docs/mathrepro.schema.json',
    title: '.mathrepro.yml',
    description: 'Configuration of mathrepro: which files hold math, how they are rendered, and how strict each rule is.',
    type: 'object',
    additionalProperties: false,
    properties: {
      include: globs('Files to check (globs relative to the repository root).', DEFAULT_INCLUDE),
      exclude: globs('Files not to check, even when included.'),
      dialects: perGlob('Per glob, the Markdown flavour that decides what is math; the first match wins.', DIALECT_NAMES),
      renderers: perGlob('Per glob, the renderer whose rules decide what is an error; the first match wins.', [...PROFILE_NAMES, 'mathjax']),
      macros: {
        description: 'Macros as MathJax writes them: name: body, or name: [body, number of arguments].',
        type: 'object',
        propertyNames: { pattern: '^\\\\?([A-Za-z@]+|[^A-Za-z@])$' },
        additionalProperties: {
          oneOf: [
            { type: ['string', 'number'] },
            { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer', minimum: 0, maximum: 9 }], minItems: 2, maxItems: 2 },
          ],
        },
      },
      rules: {
        description: 'Severity per rule: off, warning or error.',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          RULES.map((rule) => [rule.id, { description: `${rule.description} (default: ${rule.severity})`, enum: ['off', 'warning', 'error', false] }]),
        ),
      },
      reproduce: {
        description: 'mathrepro verify: the reproduction document, and result files read besides those it names.',
        type: 'object',
        additionalProperties: false,
        properties: { file: { type: 'string', default: 'REPRODUCE.md' }, sources: globs('Result files (notebooks, JSON, YAML, CSV).') },
      },
      env: {
        description: 'mathrepro env: which environment files, and how strictly versions must be pinned.',
        type: 'object',
        additionalProperties: false,
        properties: { include: globs('Environment and requirements files.', DEFAULT_ENV_INCLUDE), pinning: { enum: ['any', 'exact'], default: 'any' } },
      },
      targets: {
        description:
          'A page a site publishes is judged where it is read: on GitHub and on the site. What the findings of each count for: error (as the rule says), warning (never failing the check), off (not judged there).',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries((['github', 'site'] as const).map((target) => [target, { enum: [...TARGET_SETTINGS, false], default: 'error' }])),
      },
    },
  };
}
