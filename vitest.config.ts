import { defineConfig } from 'vitest/config';

// Three projects, run in order: unit (no database), integration (the real built-in Neo4j, started once
// by the global setup), and e2e (headless Chromium against the web mode, same Neo4j). Integration and
// e2e files run one at a time because they share the one database.
// The global setup is named by the two projects that need Neo4j, not at the root: vitest runs a root
// globalSetup once per project, and unit-only runs should not start Neo4j. The setup itself shares one
// instance between the projects.
const neo4jSetup = ['tests/helpers/global-setup.ts'];

export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.int.test.ts', 'tests/**/*.e2e.test.ts', 'tests/faults/**', 'node_modules/**'],
          sequence: { groupOrder: 0 },
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          globalSetup: neo4jSetup,
          include: ['tests/**/*.int.test.ts'],
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          globalSetup: neo4jSetup,
          // In CI a browser test gets one more try: on a loaded machine a pointer can land on a canvas
          // that is still settling. A test that fails twice fails the run, and vitest lists the retries.
          retry: process.env.CI ? 1 : 0,
          include: ['tests/**/*.e2e.test.ts'],
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          sequence: { groupOrder: 2 },
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          // Faults on purpose (a full disk, Neo4j killed, damaged files): `npm run test:faults`, not `vitest run`.
          name: 'faults',
          globalSetup: neo4jSetup,
          include: ['tests/faults/**/*.test.ts'],
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          sequence: { groupOrder: 3 },
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
