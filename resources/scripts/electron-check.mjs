// Runs before `npm start`, `npm run dev` and `npm run dist`: they need Electron's own program,
// which npm does not install (Electron 45 fetches it from GitHub on first use). Without this
// check a machine that cannot reach GitHub saw two stack traces and advice that needs the
// internet. Now: if the program is missing, try its one download quietly; if that fails, say
// in one paragraph what is missing and what to do, and exit non-zero.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The Node version Electron's downloader (@electron/get) declares it needs. */
export const DOWNLOADER_NODE = '22.12.0'

/**
 * The Electron program inside `electronDir` (node_modules/electron), or null when it is not
 * there: `path.txt` names it once the download has unpacked `dist/`.
 */
export function electronBinary(electronDir, env = {}) {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const relative = readFileSync(pathFile, 'utf8').trim()
  const binary = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative)
    : join(electronDir, 'dist', relative)
  return relative && existsSync(binary) ? binary : null
}

/** True when `version` (e.g. "v20.20.2") is older than `minimum` ("22.12.0"). */
export function olderThan(version, minimum) {
  const parse = (v) => v.replace(/^v/, '').split('.').map(Number)
  const [a, b] = [parse(version), parse(minimum)]
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0)
  return false
}

/** The one paragraph printed when the program is missing and its download did not work. */
export function missingElectronMessage({ electronDir, version, reason, nodeVersion }) {
  const oldNode = olderThan(nodeVersion, DOWNLOADER_NODE)
    ? ` Electron's downloader declares Node ${DOWNLOADER_NODE} or newer (this is Node ${nodeVersion.replace(/^v/, '')}): if it still fails once you are online, run it with a newer Node.`
    : ''
  return (
    `Kehu cannot open its window yet: the Electron ${version} program (about 100 MB, in ${join(electronDir, 'dist')}) ` +
    `is not on this computer, and it needs one download from github.com, which failed here (${reason}). ` +
    `Connect to the internet and run the same command again — it downloads once and then works offline ` +
    `(behind a firewall, set ELECTRON_MIRROR to a mirror you can reach).${oldNode} ` +
    `Until then, \`npm run dev:web\` opens Kehu in your browser, offline, on the same kind of data file.`
  )
}

/** The first line of what a failed download printed, as the reason to show. */
const firstLine = (text) =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line && !line.startsWith('at ')) ?? 'no output'

/**
 * The decision: the program is there → ok; missing → one `download()` attempt (it returns
 * `{ ok, output }`), then ok if the program is there now, else the paragraph to print.
 */
export function checkElectron({ electronDir, env = {}, nodeVersion, download }) {
  const present = electronBinary(electronDir, env)
  if (present) return { ok: true, binary: present, downloaded: false }
  const attempt = download()
  const binary = electronBinary(electronDir, env)
  if (binary) return { ok: true, binary, downloaded: true }
  const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'))
  const reason = attempt.ok ? 'the download reported success but left no program' : firstLine(attempt.output)
  return { ok: false, message: missingElectronMessage({ electronDir, version, reason, nodeVersion }) }
}

/** Electron's own installer, run with its output captured (its stack traces are not for people). */
function runInstaller(electronDir) {
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], { encoding: 'utf8', timeout: 10 * 60_000 })
  const output = `${result.stderr ?? ''}\n${result.stdout ?? ''}`.replace(/^\s*Error:\s*/m, '')
  return { ok: result.status === 0, output: result.error ? String(result.error.message) : output }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
  const electronDir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'))
  const result = checkElectron({
    electronDir,
    env: process.env,
    nodeVersion: process.version,
    download: () => {
      console.log('[electron-check] Electron’s program is not here yet; downloading it once…')
      return runInstaller(electronDir)
    },
  })
  if (!result.ok) {
    console.error(`\n${result.message}\n`)
    process.exit(1)
  }
}
