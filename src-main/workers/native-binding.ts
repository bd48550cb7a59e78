/**
 * The better-sqlite3 addon this process already loaded, so the worker opens the data file
 * with the very same build: under Electron that is the Electron-ABI copy chosen at boot
 * (TOOLCHAIN.md), under Node the default one. Node caches every required `.node` file by its
 * absolute path; better-sqlite3 loads its addon with `require`.
 */
export function loadedNativeBinding(): string | undefined {
  return Object.keys(require.cache).find((file) => /[\\/]better_sqlite3\.node$/.test(file))
}
