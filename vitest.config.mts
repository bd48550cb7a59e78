import { defineConfig } from 'vitest/config'

// Tests load the native better-sqlite3 addon, so they run in forked processes (TOOLCHAIN.md).
export default defineConfig({
  test: {
    pool: 'forks',
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          setupFiles: ['tests/support/build-constants.ts'],
          exclude: ['tests/e2e/**', 'tests/renderer/**'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          include: ['tests/renderer/**/*.test.ts', 'tests/renderer/**/*.test.tsx'],
          setupFiles: ['tests/support/build-constants.ts', 'tests/renderer/support/load-catalogs.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A poll waits for what the real main process answers; on a loaded CI machine that can take
          // seconds, not poll's default one. What must become true is unchanged, only the patience.
          expect: { poll: { timeout: 15_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
})
