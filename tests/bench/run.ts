/**
 * `npm run bench [-- --only GROUP] [--out FILE]`: runs benchmark groups from ./groups and prints
 * one flat JSON object of named numbers on stdout (and to --out). Progress goes to stderr.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { parseArgs } from 'node:util'
import { sharedDataFile } from '../support/shared-data'
import type { BenchGroup } from './context'

const { values } = parseArgs({
  options: { only: { type: 'string' }, out: { type: 'string' } },
  allowPositionals: true,
})

const groupDir = join(__dirname, 'groups')
const groups = readdirSync(groupDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => basename(f, '.ts'))
  .filter((name) => !values.only || values.only.split(',').includes(name))
  .sort()

if (groups.length === 0) {
  console.error(`no benchmark group matches --only ${values.only}`)
  process.exit(2)
}

const results: Record<string, number> = {}
for (const name of groups) {
  const tmpDir = mkdtempSync(join(tmpdir(), `kehu-bench-${name}-`))
  const log = (msg: string): void => void console.error(`[bench:${name}] ${msg}`)
  try {
    const mod = (await import(`./groups/${name}.ts`)) as { default: BenchGroup }
    log('start')
    Object.assign(results, await mod.default({ tmpDir, sharedDataFile, log }))
  } finally {
    rmSync(tmpDir, { recursive: true, force: true })
  }
}

const json = JSON.stringify(results, null, 2)
if (values.out) writeFileSync(values.out, json + '\n')
console.log(json)
