import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports the pure engine may never use: no React, no fetching, no app layers. */
const DOMAIN_FORBIDDEN = [
  {
    group: ['react', 'react-*', 'react/**', 'react-dom/**'],
    message: 'src/domain is pure TypeScript: no React.',
  },
  {
    group: ['@tanstack/**', 'msw', 'msw/**', 'zod', 'zod/**', 'i18next', 'react-i18next'],
    message: 'src/domain takes plain arrays: no queries, mocks, validation or i18n.',
  },
  {
    group: [
      '**/data/**',
      '**/data',
      '../data/*',
      '**/features/**',
      '**/components/**',
      '**/app/**',
      '**/hooks/**',
      '**/i18n/**',
      '**/export/**',
      '**/mocks/**',
    ],
    message: 'src/domain imports only src/domain.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-feeds',
      'coverage',
      'reports',
      'test-results',
      'playwright-report',
      'public/mockServiceWorker.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-globals': ['error', { name: 'event', message: 'Use the handler argument.' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/mocks/**', '**/mocks'],
              message: 'src/ never imports mocks/ (only start-up does, dynamically).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: DOMAIN_FORBIDDEN }] },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'src/domain does no I/O.' },
        { name: 'window', message: 'src/domain is environment-free.' },
        { name: 'document', message: 'src/domain is environment-free.' },
        { name: 'Date', message: 'src/domain never reads the clock.' },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'mocks/**/*.ts', 'scripts/**/*.ts', '*.config.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
