import { defineRule } from './define.js';

export const envUnreadable = defineRule({
  id: 'env-unreadable',
  severity: 'error',
  scope: 'environment',
  description:
    'An environment, requirements or manifest file that cannot be read: not YAML (a pyproject.toml or pixi.toml: not TOML), not a mapping, too large, a key written twice, a second YAML document, or a -r/-c file it names that is not there.',
  fix: 'fix the YAML at the place shown: one document, each key once; add the file a -r names, or correct its path',
  reports:
    'not YAML, not a mapping, over 5 MB; a key written twice, a second YAML document (conda stops on both); `-r base.txt` with no base.txt (pip stops); a pyproject.toml that is not TOML',
});
