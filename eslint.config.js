// Lint rules that encode the architecture as well as style: features never touch Dexie or
// fetch directly, domain/ imports nothing from the browser, the server or React.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'data', 'coverage', 'test-results', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'dexie', message: 'Read and write through src/data/.' }] },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Network goes through src/sync/.' },
      ],
    },
  },
  {
    // The coach console is online-only: no IndexedDB, and one module (api.ts) talks to the server.
    files: ['src/coach/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}', 'src/coach/api.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'dexie', message: 'The coach console keeps nothing in the browser.' }] },
      ],
      'no-restricted-globals': [
        'error',
        {
          name: 'fetch',
          message: 'The coach console talks to the server through src/coach/api.ts.',
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'dexie', 'i18next', 'fastify', 'pg', '@electric-sql/*'],
              message: 'domain/ is pure TypeScript.',
            },
            {
              group: ['**/data/*', '**/ui/*', '**/app/*', '**/features/*', '**/server/*'],
              message: 'domain/ imports only domain/.',
            },
          ],
        },
      ],
    },
  },
);
