import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/neo4j/**'],
          // The page tests render pages: build the browser bundle from the current client code first.
          globalSetup: ['tests/setup/page-bundle.ts'],
        },
      },
      {
        // Against a real Neo4j (NEO4J_URI, or the local server started by the setup). The files share
        // one database and reset it, so they run one after another.
        extends: true,
        test: {
          name: 'neo4j',
          include: ['tests/neo4j/**/*.test.ts'],
          globalSetup: ['tests/setup/neo4j.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
