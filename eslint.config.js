// Lint rules, including the layering: each folder may only import what may run where it runs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const noElectron = {
  group: ['electron', 'electron/*'],
  message: 'Bad layering: only src-main/electron and src-main/preload may import electron.',
};
const noNeo4j = {
  group: ['neo4j-driver', 'neo4j-driver/*', 'neo4j-driver-core'],
  message: 'Bad layering: only src-main/core/store may import neo4j-driver.',
};
const rendererBans = [
  {
    group: [
      '**/src-main/core/**',
      '**/src-main/electron/**',
      '**/src-main/preload/**',
      '**/src-main/cli/**',
      '**/src-main/web/**',
    ],
    message: 'Bad layering: the renderer may only import src-main/common.',
  },
  { group: ['node:*'], message: 'Bad layering: no Node in the renderer.' },
  { group: ['neo4j-driver', 'neo4j-driver/*'], message: 'Bad layering: the renderer never talks to Neo4j.' },
  {
    group: ['electron', 'electron/*'],
    message: 'Bad layering: the renderer reaches main only through the preload.',
  },
];
const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'net',
  'http',
  'https',
  'crypto',
  'worker_threads',
  'url',
  'stream',
  'util',
  'events',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'dist-web/**',
      'neo4j-server/**',
      'test-results/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [noElectron, noNeo4j] }],
    },
  },
  {
    files: ['src-main/electron/**', 'src-main/preload/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noNeo4j] }] },
  },
  {
    files: ['src-main/core/store/**', 'tests/**', 'bench/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron] }] },
  },
  {
    // The render benchmark's page runs in the browser beside the app's graph code, so it may use Cytoscape.
    files: ['bench/render/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src-main/common/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noElectron,
            noNeo4j,
            {
              group: ['node:*', ...nodeBuiltins],
              message: 'common/ is plain TypeScript that runs anywhere.',
            },
            {
              group: ['**/core/**', '../core/*', '../electron/*', '../cli/*', '../web/*', '../preload/*'],
              message: 'common/ imports nothing from the other layers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: rendererBans,
          paths: nodeBuiltins.map((name) => ({ name, message: 'No Node in the renderer.' })),
        },
      ],
    },
  },
  {
    files: ['src-renderer/**'],
    ignores: ['src-renderer/graph/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rendererBans,
            { group: ['cytoscape', 'cytoscape-*'], message: 'Only src-renderer/graph touches Cytoscape.' },
          ],
          paths: nodeBuiltins.map((name) => ({ name, message: 'No Node in the renderer.' })),
        },
      ],
    },
  },
);
