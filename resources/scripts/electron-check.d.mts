/** Types of electron-check.mjs, for the test that drives its decision. */
export declare const DOWNLOADER_NODE: string
export declare function electronBinary(electronDir: string, env?: Record<string, string | undefined>): string | null
export declare function olderThan(version: string, minimum: string): boolean
export declare function missingElectronMessage(options: {
  electronDir: string
  version: string
  reason: string
  nodeVersion: string
}): string
export declare function checkElectron(options: {
  electronDir: string
  env?: Record<string, string | undefined>
  nodeVersion: string
  download(): { ok: boolean; output: string }
}): { ok: true; binary: string; downloaded: boolean } | { ok: false; message: string }
