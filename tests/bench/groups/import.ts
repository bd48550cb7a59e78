import { join } from 'node:path'
import type { BenchContext } from '../context'
import { importCeiling } from '../import-ceiling'
import { round } from '../measure'
import { writeOrderFile } from '../order-file'
import { timedImport } from '../timed-import'

const LINES = 1_000_000

export default async function (ctx: BenchContext): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  const retail = ctx.sharedDataFile('online_retail.csv.gz')
  if (retail) {
    const { seconds, rows } = await timedImport(ctx, retail, 'onlineRetail')
    out['import.onlineRetail.seconds'] = round(seconds)
    out['import.onlineRetail.rowsPerSec'] = Math.round(rows / seconds)
  }
  const file = join(ctx.tmpDir, 'orders1M.csv')
  writeOrderFile(file, LINES)
  const ours = await timedImport(ctx, file, 'orders1M')
  out['import.orders1M.rowsPerSec'] = Math.round(ours.rows / ours.seconds)
  // The target is orders1M >= half of this: the same file, parser and tables loaded by plain
  // prepared statements with none of our work (see import-ceiling.ts). A bare table would
  // leave out the indexes, trigger and search index every importer pays for, and so compare
  // our pipeline with a different schema.
  out['import.ceiling.rowsPerSec'] = Math.round(await importCeiling(join(ctx.tmpDir, 'ceiling.sqlite'), file))
  return out
}
