/** Zod-free constants of the `csv.*` channels (their values are catalog keys the start page may load). */

export const EXPORT_KINDS = ['customers', 'orders', 'accountant', 'surveyRequests'] as const
export type ExportKind = (typeof EXPORT_KINDS)[number]
export const EXPORT_ENCODINGS = ['utf8bom', 'gb18030'] as const
export type ExportEncoding = (typeof EXPORT_ENCODINGS)[number]
/** Header row in the UI language, or stable English field keys (for scripts and re-import). */
export const HEADER_STYLES = ['ui', 'keys'] as const
export type HeaderStyle = (typeof HEADER_STYLES)[number]

export const IMPORT_KINDS = ['customers', 'products', 'orders', 'deals', 'tickets', 'surveys', 'responses'] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]
export const ENCODING_CHOICES = ['auto', 'utf8', 'gb18030', 'utf16le', 'utf16be'] as const
export const DELIMITER_CHOICES = [',', ';', '\t', '|'] as const
export const DUPLICATE_ACTIONS = ['update', 'skip', 'create'] as const
export type DuplicateAction = (typeof DUPLICATE_ACTIONS)[number]
export const IMPORT_STATUSES = ['committed', 'undone'] as const
export type ImportStatus = (typeof IMPORT_STATUSES)[number]
