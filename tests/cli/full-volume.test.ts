import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeTempDir } from '../support/temp-dir'
import { canMountTmpfs, cannotMountWarning } from '../support/user-namespace'
import { customersFile } from '../workers/support/customers-file'
import { kehu, STACK } from './support'

const ROOT = resolve(__dirname, '../..')
const VITE_NODE = join(ROOT, 'node_modules/.bin/vite-node')

if (!canMountTmpfs) console.warn(cannotMountWarning('full-volume tests'))

/**
 * `kehu export` run as `npm run kehu` runs it, in a private mount namespace where `mnt` is a
 * tmpfs of `options` (a size, or read-only): the volume the owner's export goes to.
 */
function exportOnto(mnt: string, options: string, db: string) {
  const script = `mount -t tmpfs -o ${options} tmpfs "$1" && cd "$2" && "$3" src-main/cli/kehu.ts -- export customers --out "$1/out" --db "$4"; code=$?; ls -A "$1/out" 2>/dev/null; exit $code`
  const run = spawnSync('unshare', ['-rm', 'sh', '-c', script, 'sh', mnt, ROOT, VITE_NODE, db], {
    encoding: 'utf8',
    timeout: 120_000,
  })
  const lines = run.stdout.trim().split('\n')
  const answerAt = lines.findIndex((line) => line.startsWith('{'))
  return {
    code: run.status,
    answer: JSON.parse(lines[answerAt] ?? '{}') as { ok: boolean; error?: { code: string; message: string } },
    leftInFolder: lines.slice(answerAt + 1).filter(Boolean),
    stderr: run.stderr,
  }
}

describe.skipIf(!canMountTmpfs)('an export onto a full or read-only volume', () => {
  const temp = makeTempDir('kehu-full-volume-')
  const db = join(temp.dir, 'kehu.sqlite')
  const mnt = join(temp.dir, 'mnt')
  beforeAll(async () => {
    expect(await kehu('import', 'customers', customersFile(temp.dir, 30_000), '--db', db)).toMatchObject({ code: 0 })
    mkdirSync(mnt)
  }, 120_000)
  afterAll(() => temp.cleanup())

  it('a full volume is disk_full, translated, and leaves no half file', () => {
    const run = exportOnto(mnt, 'size=256k', db)
    expect(run.code).toBe(1)
    expect(run.answer).toMatchObject({ ok: false, error: { code: 'disk_full' } })
    expect(run.answer.error?.message).toMatch(/is full: this needs about/)
    expect(run.leftInFolder).toEqual([]) // no customers.csv cut short, no temporary file
    expect(run.stderr).not.toMatch(STACK)
  }, 120_000)

  it('a read-only volume is export_not_writable', () => {
    const run = exportOnto(mnt, 'ro', db)
    expect(run.code).toBe(1)
    expect(run.answer).toMatchObject({ ok: false, error: { code: 'export_not_writable' } })
    expect(run.stderr).not.toMatch(STACK)
  }, 120_000)
})
