import type Database from 'better-sqlite3'
import { translate, type Locale } from '../../../src-shared/i18n'
import { AppError } from '../../../src-shared/ipc/app-error'
import type { ImportAnalysis, ImportSettings, PreviewRow } from '../../../src-shared/ipc/channels/csv-import'
import { KINDS } from '../kinds'
import { loadSavedMapping } from '../mapping/saved'
import { openCsv } from '../open-file'
import { resolveMapping } from '../resolve-mapping'
import { makeRowValidator } from '../validate'
import type { PickedFile } from './file-tokens'

/**
 * What the wizard shows before anything is written: detected encoding, delimiter and header,
 * the mapping in use and the first rows validated with it exactly as the import will (same
 * converters, same schema, same Excel-damage checks). A mapping that cannot be imported yet
 * (required field unmapped, a header twice) is reported, not thrown, so the user can fix it.
 */
export async function analyzeFile(
  db: Database.Database,
  file: PickedFile & { fileId: string },
  settings: ImportSettings,
  locale: Locale,
): Promise<ImportAnalysis> {
  const spec = KINDS[settings.kind]
  const opened = await openCsv(db, file.path, settings.kind, settings)
  let preview: PreviewRow[] = opened.sample.map((cells, i) => ({ row: i + 2, cells, issues: [] }))
  let mappingError: string | null = null
  try {
    const validate = makeRowValidator(spec, resolveMapping(spec, opened.header, opened.mapping), opened.header.length, locale)
    preview = preview.map((p) => {
      const result = validate(p.cells, p.row)
      return { ...p, issues: result.ok ? result.warnings : result.issues }
    })
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    mappingError = translate(locale, `errors.${error.code}`, error.params)
  }
  return {
    fileId: file.fileId,
    fileName: file.name,
    size: opened.size,
    encoding: opened.encoding,
    delimiter: opened.delimiter,
    header: opened.header,
    mapping: opened.mapping,
    savedMapping: !settings.mapping && loadSavedMapping(db, settings.kind, opened.header) !== null,
    mappingError,
    preview,
    fields: spec.fields.map((f) => ({ key: f.key, required: f.required === true })),
    matchKeys: [...spec.matchKeys],
    rules: settings.rules ?? spec.defaultMatch.map((key) => ({ key, action: 'update' as const })),
    fileKeys: Object.keys(spec.fileKeys ?? {}),
  }
}
