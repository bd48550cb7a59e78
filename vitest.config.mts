import { defineConfig } from 'vitest/config'
import { catalogPinyin } from './resources/build/catalog-pinyin'

// Tests load the native better-sqlite3 addon, so they run in forked processes (TOOLCHAIN.md).
export default defineConfig({
  // The renderer's build-time constants (electron.vite.config.ts), for component tests.
  define: { __KEHU_CATALOG_PINYIN__: JSON.stringify(catalogPinyin()) },
  test: {
    pool: 'forks',
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**'],
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
          fileParallelism: false,
        },
      },
    ],
  },
})
