/**
 * Headless Kehu: `npm run kehu -- import <kind> <file> [...]` and `... export <kind> --out <dir>`.
 * Progress goes to stderr; the last stdout line is one JSON object, `{"ok":true,…}` or
 * `{"ok":false,"error":{code,message}}` with a non-zero exit code.
 */
import { ZodError } from 'zod'
import { resolveLocale, translate, type Locale } from '../../src-shared/i18n'
import { AppError } from '../../src-shared/ipc/app-error'
import { dataFilePath, openDatabase, resolveDataDir } from '../db'
import { validationError } from '../ipc/registrar'
import { readSettings } from '../settings/settings-store'
import { parseCommand } from './args'
import { runCommand } from './run-command'

async function main(argv: string[]): Promise<number> {
  let locale: Locale = resolveLocale(process.env.LC_ALL || process.env.LANG)
  try {
    const cmd = parseCommand(argv)
    const { db } = openDatabase(cmd.db ?? dataFilePath(resolveDataDir()), { create: true })
    try {
      locale = readSettings(db, locale).locale
      const result = await runCommand(db, cmd, locale, (msg) => console.error(msg))
      console.log(JSON.stringify(result))
      return 0
    } finally {
      db.close()
    }
  } catch (error) {
    const appError = error instanceof ZodError ? validationError(error, locale) : error instanceof AppError ? error : null
    if (!appError) console.error(error)
    const failure = appError ?? new AppError('internal')
    const message = translate(locale, `errors.${failure.code}`, failure.params)
    console.log(JSON.stringify({ ok: false, error: { code: failure.code, message, params: failure.params } }))
    return 1
  }
}

// `--` from `npm run kehu -- …` may reach us; it is not an argument.
process.exitCode = await main(process.argv.slice(2).filter((a) => a !== '--'))
