/** CSV export: accountant-pack column names and the export panel. */
export const exporter = {
  columns: { date: 'Date', customer: 'Customer', net: 'Net', total: 'Total', lineTotal: 'Line total' },
  manifest: { file: 'File', rows: 'Rows', amount: 'Amount total', sha256: 'SHA-256' },
  title: 'Export',
  kinds: { customers: 'Customers', orders: 'Orders (one row per line)', accountant: 'Accountant pack' },
  period: 'Period',
  from: 'From',
  to: 'To',
  encoding: 'Encoding',
  encodings: { utf8bom: 'UTF-8 (Excel opens Chinese correctly)', gb18030: 'GB18030 (older Chinese software)' },
  headers: 'Column names',
  headerStyles: { ui: 'In the UI language', keys: 'Stable English keys' },
  zip: 'As one .zip file',
  run: 'Export…',
  done: 'Exported {{count}} files.',
  exportList: 'Export to CSV',
  lists: { customers: 'customers' },
}
