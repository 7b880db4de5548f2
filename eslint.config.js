import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Layer boundaries (DESIGN.md, "Layout"):
 *   src-shared   pure TypeScript: imports neither src-main nor src-renderer, no node:*, no electron, no DOM/UI modules
 *   src-renderer imports src-shared only: never src-main, electron or node:*
 *   src-main     never imports src-renderer
 * Do not relax these rules. `no-restricted-imports` matches the import text:
 * there are no path aliases, so any import that reaches another layer has to
 * spell that layer's folder name. (A resolver-based plugin was dropped because
 * its native bindings cannot all be locked for `npm ci` from this registry.)
 */

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));
const nodeImports = [
  { regex: '^node:', message: 'No Node built-ins in this layer.' },
  { group: nodeBuiltins.flatMap((name) => [name, `${name}/**`]), message: 'No Node built-ins in this layer.' },
];
const mainImport = {
  regex: '(^|/)src-main(/|$)',
  message: 'Only hosts reach src-main; use the API contract in src-shared.',
};
const rendererImport = { regex: '(^|/)src-renderer(/|$)', message: 'src-renderer is the UI; nothing imports it.' };
const sharedOnly = {
  regex: '(^|/)src-(main|renderer)(/|$)',
  message: 'src-shared imports neither src-main nor src-renderer.',
};

const electron = { name: 'electron', message: 'Only src-main/hosts/electron talks to Electron.' };
const database = ['better-sqlite3', 'kysely'].map((name) => ({ name, message: 'The database lives in src-main.' }));
const uiModules = ['react', 'react-dom', 'react-dom/client', 'zustand', 'react-i18next', '@tanstack/react-virtual'];

export default defineConfig([
  globalIgnores(['out/', 'dist/', 'node_modules/', '.tmp/', 'coverage/', 'test-results/', 'bench-results/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'scripts/**', 'tests/**', 'src-main/**', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src-shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electron,
            ...database,
            ...uiModules.map((name) => ({ name, message: 'src-shared has no UI or DOM code.' })),
          ],
          patterns: [
            sharedOnly,
            ...nodeImports,
            { group: ['@mantine/*', '@tabler/*', '@fontsource/*'], message: 'src-shared has no UI or DOM code.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'process', 'Buffer', 'require'].map(
          (name) => ({ name, message: 'src-shared runs everywhere: no DOM or Node globals.' }),
        ),
      ],
    },
  },
  {
    files: ['src-renderer/**'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // Only matters to the React Compiler, which this project does not use (it flags TanStack Virtual).
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': ['error', { paths: [electron, ...database], patterns: [mainImport, ...nodeImports] }],
    },
  },
  {
    files: ['src-main/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [rendererImport] }] },
  },
  prettier,
]);
