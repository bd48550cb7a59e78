import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** A customers CSV of `rows` rows: many import batches (2,000 rows each), so progress and cancel have room. */
export function customersFile(dir: string, rows: number): string {
  const lines = ['name,phone,city']
  for (let i = 0; i < rows; i++) lines.push(`Customer ${i},139${String(i).padStart(8, '0')},City ${i % 50}`)
  const path = join(dir, 'customers.csv')
  writeFileSync(path, lines.join('\n'))
  return path
}
