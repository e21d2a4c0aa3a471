import { defineRule } from './define.js';

export const envChannels = defineRule({
  id: 'env-channels',
  severity: 'warning',
  scope: 'environment',
  description: "No channels: (the machine's own configuration decides) or a misspelt channel name.",
  fix: 'list channels, spelt right',
  reports: 'no `channels:`, or `- default`, `- conda_forge`',
});
