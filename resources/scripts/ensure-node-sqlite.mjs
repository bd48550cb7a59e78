// `npm test` runs under Node: make sure node_modules/better-sqlite3 is the Node build (an
// Electron rebuild or a failed install can leave the wrong ABI), rebuilding it if not.
import { execFileSync } from 'node:child_process'

const probe = `const D = require('better-sqlite3'); new D(':memory:').prepare('select 1').get()`

function loads() {
  try {
    execFileSync(process.execPath, ['-e', probe], { stdio: 'pipe' })
    return true
  } catch (error) {
    console.error(`[ensure-node-sqlite] better-sqlite3 does not load under Node ${process.version}:`)
    console.error(
      String(error.stderr ?? error)
        .split('\n')
        .slice(0, 3)
        .join('\n'),
    )
    return false
  }
}

if (!loads()) {
  console.error('[ensure-node-sqlite] rebuilding better-sqlite3 for this Node…')
  execFileSync('npm', ['rebuild', 'better-sqlite3'], { stdio: 'inherit' })
  if (!loads()) process.exit(1)
}
