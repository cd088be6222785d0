import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ipcRule = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'Use the typed contract: ipcMain only in src-main/electron/ipc-bridge.ts, ipcRenderer only in the preload.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'drizzle/**', 'test-results/**', 'playwright-report/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-restricted-imports': ['error', { paths: [ipcRule] }],
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  // Process boundaries (DEVELOPERS.md): shared code is pure, the renderer never reaches into main.
  {
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'src-shared must not import Electron.' },
            { name: 'better-sqlite3', message: 'src-shared must not touch the database.' },
            { name: 'react-dom', message: 'src-shared must not import React DOM.' },
            { name: 'react-dom/client', message: 'src-shared must not import React DOM.' },
          ],
          patterns: [
            { group: ['node:*'], message: 'src-shared is pure TypeScript: no Node built-ins.' },
            { group: ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'util'], message: 'src-shared: no Node built-ins.' },
            { group: ['**/src-main/**', '**/src-renderer/**', 'drizzle-orm*'], message: 'src-shared imports nothing from main or the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to main only through window.lactared.' },
            { name: 'better-sqlite3', message: 'The renderer never opens the database.' },
          ],
          patterns: [
            { group: ['**/src-main/**', '**/src-main'], message: 'src-renderer must never import src-main.' },
            { group: ['node:*'], message: 'No Node in the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/electron/ipc-bridge.ts', 'src-main/electron/preload.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
