import { readFileSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import type Database from 'better-sqlite3'
import type { Locale } from '../../src-shared/i18n'
import { AppError } from '../../src-shared/ipc/app-error'
import { mappingSchema } from '../../src-shared/ipc/channels/csv-import'
import { exportToFolder } from '../csv/export-data'
import { importFile } from '../csv/import-file'
import { writingTo } from '../csv/ipc/export-job'
import { KINDS } from '../csv/kinds'
import type { Command } from './args'

type Json = Record<string, unknown>

/** Runs one parsed command on an open database; returns the closing JSON line's object. */
export async function runCommand(db: Database.Database, cmd: Command, locale: Locale, log: (msg: string) => void): Promise<Json> {
  if (cmd.command === 'export') {
    // As in the app: a file already there keeps its name (the export takes `name (2).csv`), and
    // a full, read-only or impossible folder is a translated error.
    const out = resolve(cmd.out)
    const result = await writingTo(out, () => exportToFolder(db, out, { ...cmd, headers: 'ui', locale }))
    return { ok: true, files: result.files }
  }
  const mapping = cmd.mapping ? readMapping(cmd.mapping) : undefined
  let lastPercent = -1
  const report = await importFile(db, {
    file: resolve(cmd.file),
    fileName: basename(cmd.file),
    settings: {
      kind: cmd.kind,
      encoding: cmd.encoding,
      mapping,
      rules: KINDS[cmd.kind].defaultMatch.map((key) => ({ key, action: cmd.onDuplicate })),
      inFileDuplicates: cmd.inFileDuplicates,
    },
    dryRun: cmd.dryRun,
    locale,
    onProgress: (done, total) => {
      const percent = Math.floor((done / Math.max(total, 1)) * 100)
      if (percent >= lastPercent + 10) log(`${(lastPercent = percent)}%`)
    },
  })
  const errors = report.issues.filter((i) => i.severity === 'error').map(({ row, column, reason }) => ({ row, column, reason }))
  const { created, updated, skipped, failed, rows, entities, importId, dryRun, encoding, delimiter, warningCount } = report
  return {
    ok: true,
    created,
    updated,
    skipped,
    failed,
    errors,
    rows,
    entities,
    importId,
    dryRun,
    encoding,
    delimiter,
    warnings: warningCount,
    inFileDuplicates: report.inFileDuplicates,
    updates: report.updates,
  }
}

function readMapping(file: string) {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    throw new AppError('csv_unreadable', { file: basename(file) })
  }
  const parsed = mappingSchema.safeParse(raw)
  if (!parsed.success) throw new AppError('validation', { summary: parsed.error.issues.map((i) => i.message).join('; ') })
  return parsed.data
}
