// ESLint for the TypeScript sources, tests and scripts: the recommended rules of ESLint and typescript-eslint.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '__tests__/fixtures/', 'src/math/mathjax-referee.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', performance: 'readonly', setTimeout: 'readonly' },
    },
    rules: {
      // Unused names are the compiler's to report (noUnusedLocals); `_` marks an argument kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Control characters are matched on purpose: terminal escapes, JSON's forbidden characters, what is shown escaped.
      'no-control-regex': 'off',
    },
  },
  {
    // Tests reach into fakes and webhook examples whose shapes are loose by nature.
    files: ['__tests__/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
