import { existsSync } from 'node:fs'
import { join } from 'node:path'

/**
 * better-sqlite3 built for Electron's ABI lives outside node_modules (node_modules keeps the
 * Node build the tests use; see TOOLCHAIN.md): `native/electron/<abi>/better_sqlite3.node` in
 * the checkout, or in the installer's resources folder. `npm start` / `npm run dist` build it.
 */
export function electronNativeBinding(baseDir: string, abi: string = process.versions.modules): string | undefined {
  const file = join(baseDir, 'native', 'electron', abi, 'better_sqlite3.node')
  return existsSync(file) ? file : undefined
}
