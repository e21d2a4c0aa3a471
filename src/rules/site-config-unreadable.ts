import { defineRule } from './define.js';

export const siteConfigUnreadable = defineRule({
  id: 'site-config-unreadable',
  severity: 'error',
  scope: 'file',
  description:
    "A site generator's configuration (mkdocs.yml, myst.yml, Jupyter Book's _config.yml) that cannot be read: the pages it publishes are judged without what it says (its Markdown extensions, its macros).",
  fix: 'Fix the YAML at the place shown (the site generator cannot read it either), or keep the file under 1 MB.',
  reports:
    'An `mkdocs.yml`, `myst.yml` or Jupyter Book `_config.yml` that is not YAML (the site does not build), larger than 1 MB or not a regular file; once, on that file, when a page below it is checked.',
});
