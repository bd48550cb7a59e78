import { ZodError } from 'zod'
import { resolveLocale, translate, type Locale } from '../../src-shared/i18n'
import { AppError } from '../../src-shared/ipc/app-error'
import { dataFilePath, openDatabase, resolveDataDir } from '../db'
import { waitBriefly } from '../db/one-writer'
import { validationError } from '../ipc/registrar'
import { explainSqliteError } from '../ipc/sqlite-errors'
import { readSettings } from '../settings/settings-store'
import { parseCommand } from './args'
import { runCommand } from './run-command'

/** Where the CLI writes: stdout lines (the last one is the JSON answer) and stderr lines (progress, bugs). */
export interface CliOutput {
  out(line: string): void
  err(line: string): void
}

const processOutput: CliOutput = { out: (line) => console.log(line), err: (line) => console.error(line) }

/**
 * Runs one command line and returns the exit code. The last stdout line is one JSON object,
 * `{"ok":true,…}` or `{"ok":false,"error":{code,message,params}}` in the shop's language: every
 * failure a person can act on (bad arguments, a refused data file, another import holding the
 * file, a full disk, an export folder that cannot be written) is a translated code with no
 * stack trace. Only a real bug also prints its stack, on stderr.
 */
export async function runCli(argv: string[], output: CliOutput = processOutput): Promise<number> {
  let locale: Locale = resolveLocale(process.env.LC_ALL || process.env.LANG)
  let dataFile: string | undefined
  try {
    const cmd = parseCommand(argv)
    const { db, file } = openDatabase(cmd.db ?? dataFilePath(resolveDataDir()), { create: true })
    dataFile = file
    try {
      // Another import of this file (the app's, another CLI's) holds the lock for its whole
      // length: waiting helps nobody, so this one is refused as job_busy within a moment.
      waitBriefly(db)
      locale = readSettings(db, locale).locale
      const result = await runCommand(db, cmd, locale, output.err)
      output.out(JSON.stringify(result))
      return 0
    } finally {
      db.close()
    }
  } catch (error) {
    const known = asAppError(error, locale, dataFile)
    if (!known) output.err(error instanceof Error ? (error.stack ?? error.message) : String(error))
    const failure = known ?? new AppError('internal')
    const message = translate(locale, `errors.${failure.code}`, failure.params)
    output.out(JSON.stringify({ ok: false, error: { code: failure.code, message, params: failure.params } }))
    return 1
  }
}

function asAppError(error: unknown, locale: Locale, dataFile: string | undefined): AppError | undefined {
  if (error instanceof ZodError) return validationError(error, locale)
  if (error instanceof AppError) return error
  return explainSqliteError(error, dataFile)
}
