// Builds better-sqlite3 for Electron's ABI into native/electron/<abi>/ (gitignored), leaving
// node_modules/better-sqlite3 as the Node build the tests use. In-place rebuilds were a trap
// (TOOLCHAIN.md): they silently built for Node's ABI or deleted the Node build when offline.
// Order: the published prebuilt binary (prebuild-install), then a source build with node-gyp
// against Electron's headers. Skipped when the stamp matches. Needs the internet the first time.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const require = createRequire(join(root, 'package.json'))

// Requiring electron downloads its binary on first use (Electron 45 has no install-time download).
const electronBinary = require('electron')
const electronVersion = require('electron/package.json').version
const sqliteDir = dirname(require.resolve('better-sqlite3/package.json'))
// `better-sqlite3` is an npm alias of better-sqlite3-multiple-ciphers (SQLCipher-compatible
// encryption, same API): the name goes into the stamp so a build of the other package is redone.
const { name: sqliteName, version: sqliteVersion } = JSON.parse(readFileSync(join(sqliteDir, 'package.json'), 'utf8'))

const abi = execFileSync(electronBinary, ['-p', 'process.versions.modules'], {
  env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  encoding: 'utf8',
}).trim()

const outDir = join(root, 'native', 'electron', abi)
const outFile = join(outDir, 'better_sqlite3.node')
const stampFile = join(outDir, 'stamp.json')
const stamp = JSON.stringify({ electronVersion, sqliteName, sqliteVersion, platform: process.platform, arch: process.arch })

if (existsSync(outFile) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
  console.log(`[electron-native] better-sqlite3 for Electron ${electronVersion} (ABI ${abi}) is up to date`)
  process.exit(0)
}

// A clean environment: npm's nodedir (set on some machines) would make node-gyp build for Node.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^npm_config_(nodedir|target|runtime|disturl|dist_url)$/i.test(key)),
)

const work = mkdtempSync(join(tmpdir(), 'kehu-native-'))
try {
  cpSync(sqliteDir, work, { recursive: true, filter: (src) => !src.includes(`${join(sqliteDir, 'build')}`) })
  const bin = (name) => join(root, 'node_modules', '.bin', name)
  try {
    execFileSync(bin('prebuild-install'), ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch], {
      cwd: work,
      env,
      stdio: 'inherit',
    })
  } catch {
    console.log('[electron-native] no prebuilt binary; building from source against Electron headers')
    execFileSync(
      bin('node-gyp'),
      [
        'rebuild',
        '--release',
        `--target=${electronVersion}`,
        `--arch=${process.arch}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: work, env, stdio: 'inherit' },
    )
  }
  mkdirSync(outDir, { recursive: true })
  cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), outFile)
  writeFileSync(stampFile, stamp)
  console.log(`[electron-native] built ${outFile}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
