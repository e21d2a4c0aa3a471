import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    // The end-to-end tests run the bundled CLI and action as separate processes.
    testTimeout: 60_000,
    pool: 'forks',
    // One temporary folder for the run, removed at its end.
    globalSetup: ['__tests__/helpers/temporary-folder.ts'],
  },
});
