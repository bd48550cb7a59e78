import { randomUUID } from 'node:crypto'
import { copyFileSync, existsSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src-main/db'
import type { AppInfo } from '../../src-shared/ipc'
import type { ImportAnalysis } from '../../src-shared/ipc/channels/csv-import'
import { kehu } from '../cli/support'
import { harnessBuilt, startBuiltHarness, type BuiltHarness } from '../support/built-harness'
import { workersBuilt } from '../support/built-workers'
import { databaseHash } from '../support/database-hash'
import { makeTempDir } from '../support/temp-dir'

const KNOWN = 1_500
const ROWS = 6_000
const KILLS = 20

/** A customers CSV whose first KNOWN phones are already in the shop (their city changes) and the rest are new. */
function importFileIn(dir: string): string {
  const lines = ['name,phone,city']
  for (let i = 0; i < ROWS; i++) lines.push(`Customer ${i},139${String(i).padStart(8, '0')},Moved ${i % 40}`)
  const path = join(dir, 'import.csv')
  writeFileSync(path, lines.join('\n'))
  return path
}

/** The shop the import lands on: KNOWN customers, imported once through the CLI. */
function shopFileIn(dir: string): string {
  const lines = ['name,phone,city']
  for (let i = 0; i < KNOWN; i++) lines.push(`Customer ${i},139${String(i).padStart(8, '0')},City ${i % 50}`)
  const path = join(dir, 'shop.csv')
  writeFileSync(path, lines.join('\n'))
  return path
}

/** The committed state of the file, read beside the running app (WAL: a reader sees the last commit). */
function committedHash(file: string): string {
  const db = new Database(file, { readonly: true })
  try {
    return databaseHash(db)
  } finally {
    db.close()
  }
}

async function settled(harness: BuiltHarness): Promise<void> {
  for (;;) {
    const answer = await harness.invoke<AppInfo>('app.info', {})
    if (!answer.ok) throw new Error(answer.error.message)
    if (answer.data.integrity.status !== 'checking') return
  }
}

/**
 * Issue 15 §4: the app (the built harness: the same main-process code and bundled worker threads
 * as Electron) is killed with SIGKILL at random moments of a real import of a real file — no
 * shutdown code runs. Every time, the data file opens through the app's own open path, passes
 * SQLite's integrity check, and is exactly as it was before the import (every table's digest),
 * or — when the kill landed after the commit — holds the whole import and nothing less.
 */
describe.skipIf(!harnessBuilt || !workersBuilt)('an import killed with SIGKILL', () => {
  const temp = makeTempDir('kehu-import-kill-')
  const dataFile = join(temp.dir, 'kehu.sqlite')
  /** The shop before any import under test; every kill starts from it, so each finds the same work to do. */
  const pristine = join(temp.dir, 'pristine.sqlite')
  let csv: string
  /** How long a whole import takes here, from the call to its answer: the kills land inside it. */
  let importMs = 0
  /** How many bytes the import's commit writes to the WAL: the kills aimed at the commit land inside it. */
  let commitBytes = 0
  beforeAll(async () => {
    expect(await kehu('import', 'customers', shopFileIn(temp.dir), '--db', dataFile)).toMatchObject({ code: 0 })
    copyFileSync(dataFile, pristine)
    csv = importFileIn(temp.dir)
    // One import run to the end (then thrown away) measures the window the kills are drawn from.
    const probe = makeTempDir('kehu-import-probe-')
    try {
      expect(await kehu('import', 'customers', shopFileIn(probe.dir), '--db', join(probe.dir, 'kehu.sqlite'))).toMatchObject({
        code: 0,
      })
      const harness = await startBuiltHarness(probe.dir)
      await settled(harness)
      const walBefore = walSize(join(probe.dir, 'kehu.sqlite'))
      const started = performance.now()
      expect(await startImport(harness)).toMatchObject({ ok: true, data: { created: ROWS - KNOWN, updated: KNOWN } })
      importMs = performance.now() - started
      commitBytes = walSize(join(probe.dir, 'kehu.sqlite')) - walBefore
      expect(commitBytes).toBeGreaterThan(0)
      expect(await harness.stop()).toBe(0)
    } finally {
      probe.cleanup()
    }
  }, 240_000)
  afterAll(() => temp.cleanup())

  const walSize = (file = dataFile): number => (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0)

  async function startImport(harness: BuiltHarness, jobId: string = randomUUID()): Promise<unknown> {
    await harness.queueDialog('openFile', csv)
    const picked = await harness.invoke<ImportAnalysis>('csv.pick', { kind: 'customers' })
    if (!picked.ok) throw new Error(picked.error.message)
    return harness.invoke('csv.import', { fileId: picked.data.fileId, jobId, kind: 'customers', dryRun: false })
  }

  /**
   * When to kill: at a random time of the whole call; inside the write pass, once the job's
   * progress (its second half is the pass that writes, batch by batch) reaches a random point;
   * or inside the commit, once the WAL has taken a random share of what the commit writes.
   */
  const point = fc.noBias(fc.double({ min: 0.01, max: 1, noNaN: true })) // uniform, not fast-check's edge-first
  const moments = fc.oneof(
    point.map((at) => ({ during: 'time' as const, at })),
    point.map((at) => ({ during: 'rows' as const, at })),
    point.map((at) => ({ during: 'commit' as const, at })),
  )

  it(`leaves the file openable and exactly as before, ${KILLS} times`, async () => {
    const outcomes: string[] = []
    await fc.assert(
      fc.asyncProperty(moments, async (moment) => {
        for (const leftover of ['-wal', '-shm']) rmSync(dataFile + leftover, { force: true })
        copyFileSync(pristine, dataFile)
        const harness = await startBuiltHarness(temp.dir)
        await settled(harness)
        const before = committedHash(dataFile)
        const walBefore = walSize()
        const jobId = randomUUID()
        let progress = 0
        const unwatch = harness.watchEvents((event, payload) => {
          const p = payload as { jobId?: string; done: number; total: number }
          if (event === 'job.progress' && p.jobId === jobId) progress = p.done / Math.max(p.total, 1)
        })
        let answered = false
        const importing = startImport(harness, jobId)
          .catch(() => 'killed')
          .finally(() => (answered = true))
        const deadline = performance.now() + 3 * importMs
        const until = async (reached: () => boolean): Promise<void> => {
          while (!reached() && !answered && performance.now() < deadline) await new Promise((done) => setTimeout(done, 1))
        }
        if (moment.during === 'time') await new Promise((done) => setTimeout(done, moment.at * importMs))
        else if (moment.during === 'rows') await until(() => progress >= 0.5 + moment.at * 0.5)
        else await until(() => walSize() >= walBefore + Math.max(1, moment.at * commitBytes))
        process.kill(harness.pid, 'SIGKILL')
        unwatch()
        await harness.stop() // resolves once the killed process is gone
        await importing

        const { db } = openDatabase(dataFile)
        try {
          expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
          const after = databaseHash(db)
          if (after === before) return void outcomes.push(`${moment.during}: before`)
          // The kill came after the commit: the import is all there, once.
          const imports = db.prepare('SELECT counts, finished_at FROM imports ORDER BY id DESC LIMIT 1').get() as {
            counts: string
            finished_at: string | null
          }
          expect(imports.finished_at).not.toBeNull()
          expect(JSON.parse(imports.counts)).toMatchObject({ rows: ROWS, created: ROWS - KNOWN, updated: KNOWN })
          const total = (db.prepare('SELECT count(*) AS n FROM customers').get() as { n: number }).n
          expect(total).toBe(ROWS)
          outcomes.push(`${moment.during}: after`)
        } finally {
          db.close()
        }
      }),
      { numRuns: KILLS, endOnFailure: true },
    )
    console.info(`[import-kill] ${KILLS} kills over a ${Math.round(importMs)} ms import: ${outcomes.join(', ')}`)
    expect(outcomes).toHaveLength(KILLS)
    // Most kills must land inside the import, or this test proves nothing.
    expect(outcomes.filter((o) => o.endsWith('before')).length).toBeGreaterThanOrEqual(KILLS / 2)
  }, 900_000)
})
