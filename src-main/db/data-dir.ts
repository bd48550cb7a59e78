import { join, resolve } from 'node:path'

/** The one data file inside the data folder. */
export const DATA_FILE_NAME = 'kehu.sqlite'

/** Sub-folder of the data folder for automatic and manual backups. */
export const BACKUPS_DIR_NAME = 'backups'

/**
 * The data folder. `KEHU_DATA_DIR` wins so tests, the CLI, the browser harness and a
 * portable install can point at any folder; otherwise the caller passes Electron's
 * `app.getPath('userData')`. No Electron import here: this module must run under plain Node.
 */
export function resolveDataDir(fallbackDir?: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.KEHU_DATA_DIR?.trim()
  if (fromEnv) return resolve(fromEnv)
  if (fallbackDir) return resolve(fallbackDir)
  throw new Error('No data folder: set KEHU_DATA_DIR or pass the app data path')
}

/** `<dataDir>/kehu.sqlite`. */
export function dataFilePath(dataDir: string): string {
  return join(dataDir, DATA_FILE_NAME)
}

/** `<dataDir>/backups`. */
export function backupsDir(dataDir: string): string {
  return join(dataDir, BACKUPS_DIR_NAME)
}
