/** Messages for IpcError codes; `{{param}}` is filled from the error's params. */
export const errors = {
  validation: 'Some fields need attention: {{summary}}',
  unknown_channel: 'Unknown request "{{channel}}".',
  not_found: 'The {{entity}} was not found (it may have been deleted).',
  conflict: '{{detail}}',
  internal: 'Something went wrong inside Kehu. Your data is unchanged; details are in the log.',
  db_missing: 'The data file {{file}} does not exist.',
  db_empty: 'The data file {{file}} is empty (0 bytes). It was left untouched; restore a backup or choose another file.',
  db_corrupt: 'The data file {{file}} is damaged ({{detail}}). It was left untouched; restore a backup.',
  db_newer: 'The data file {{file}} was written by a newer Kehu (schema {{found}}, this app knows {{known}}). Update Kehu to open it.',
  db_not_sqlite: 'The file {{file}} is not a Kehu data file.',
  db_migration_failed: 'Upgrading the data file {{file}} to schema {{version}} ({{name}}) failed: {{detail}}. That step was rolled back; the data is as before. Backup: {{backup}}.',
  db_migration_changed: 'The data file {{file}} was set up with a different version of schema step {{version}} ({{name}}) than this Kehu has. It was left untouched; use the matching Kehu version or restore a backup.',
  forbidden: 'This request is not allowed.',
  cancelled: 'Cancelled. Nothing was changed.',
}
