import type { ExportEncoding, ExportedFile } from '../../src-shared/ipc/channels/csv-export'
import { writeCsv, type CsvColumn } from './write-csv'

export interface ManifestEntry extends ExportedFile {
  /** Sum of the file's money column (minor units), or null when it has none. */
  amount: number | null
}

/**
 * `manifest.csv`: for each file its row count, amount total and SHA-256, so the accountant
 * (or a script) can check that nothing was lost or changed on the way.
 */
export function writeManifest(
  path: string,
  entries: ManifestEntry[],
  labels: string[],
  encoding: ExportEncoding,
  written?: string[],
): ExportedFile {
  const columns: CsvColumn[] = [
    { header: labels[0], kind: 'text' },
    { header: labels[1], kind: 'number' },
    { header: labels[2], kind: 'money' },
    { header: labels[3], kind: 'text' },
  ]
  const { name, rows, sha256 } = writeCsv(
    path,
    columns,
    entries.map((e) => [e.name, e.rows, e.amount, e.sha256]),
    encoding,
    { written },
  )
  return { name, rows, sha256 }
}
