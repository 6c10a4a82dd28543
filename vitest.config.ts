import path from 'node:path'
import { defineConfig } from 'vitest/config'

const alias = {
  '@payload-config': path.resolve(import.meta.dirname, 'payload.config.ts'),
  '@': path.resolve(import.meta.dirname, 'src'),
}

/**
 * Four projects, run by scripts/test.ts in order:
 * - unit: pure modules under src/lib, no database;
 * - int: the Local API against a real database (DATABASE_URL picks SQLite, PostgreSQL or MongoDB);
 * - http: real HTTP against a started production server (tests/http/global-setup.ts starts it);
 * - e2e: a real browser (Chromium through playwright-core) against the same kind of server.
 * Integration files share one database, so they run one file at a time.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    environment: 'node',
    projects: [
      { resolve: { alias }, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        resolve: { alias },
        test: {
          name: 'int',
          include: ['tests/int/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'http',
          // tests/security and tests/reliability speak HTTP to the same started server (their browser
          // files, *.browser.test.ts, run in the e2e project).
          include: ['tests/http/**/*.test.ts', 'tests/security/**/*.test.ts', 'tests/reliability/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts'],
          environment: 'node',
          globalSetup: ['tests/http/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          // The scale-out topology: its files start their own processes, balancer and servers.
          name: 'scale',
          include: ['tests/scale/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts', 'tests/security/**/*.browser.test.ts', 'tests/reliability/**/*.browser.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
