/** Messages for IpcError codes; `{{param}}` is filled from the error's params. */
export const errors = {
  validation: 'Some fields need attention: {{summary}}',
  unknown_channel: 'Unknown request "{{channel}}".',
  not_found: 'The {{entity}} was not found (it may have been deleted).',
  internal: 'Something went wrong inside Kehu. Your data is unchanged; details are in the log.',
  db_missing: 'The data file {{file}} does not exist.',
  db_empty: 'The data file {{file}} is empty (0 bytes). It was left untouched; restore a backup or choose another file.',
  db_corrupt: 'The data file {{file}} is damaged ({{detail}}). It was left untouched; restore a backup.',
  db_newer:
    'The data file {{file}} was written by a newer Kehu (schema {{found}}, this app knows {{known}}). Update Kehu to open it.',
  db_not_sqlite: 'The file {{file}} is not a Kehu data file.',
  db_migration_failed:
    'Upgrading the data file {{file}} to schema {{version}} ({{name}}) failed: {{detail}}. That step was rolled back; the data is as before. Backup: {{backup}}.',
  db_migration_changed:
    'The data file {{file}} was set up with a different version of schema step {{version}} ({{name}}) than this Kehu has. It was left untouched; use the matching Kehu version or restore a backup.',
  customer_not_found: 'That customer was not found (it may have been deleted or merged).',
  tag_not_found: 'That tag was not found (it may have been deleted).',
  customer_code_taken: 'The customer code {{code}} is already used by {{name}}.',
  customer_merge_deleted: 'Customers in the Trash cannot be merged; restore them first.',
  deal_not_found: 'That deal was not found (it may have been deleted).',
  pipeline_stage_not_found: 'That pipeline stage was not found (it may have been deleted).',
  forbidden: 'This request is not allowed.',
  cancelled: 'Cancelled. Nothing was changed.',
  csv_unreadable: 'The file {{file}} could not be read (it may have been moved or deleted). Nothing was imported.',
  csv_changed: 'The file changed or disappeared while it was being read. Nothing was imported; try again once it is complete.',
  csv_truncated: 'The compressed file {{file}} is damaged or incomplete. Nothing was imported.',
  csv_empty: 'The file is empty. Choose the CSV file that holds your data.',
  csv_no_rows: 'The file has a header row but no data rows. Nothing was imported.',
  csv_binary: 'This is not a text (CSV) file. In Excel use “Save as → CSV”, then choose that file.',
  csv_encoding_unknown:
    'The file’s text encoding could not be recognised (not UTF-8, GB18030 or UTF-16). Choose the encoding by hand or save the file again as “CSV UTF-8”.',
  csv_encoding_mismatch:
    'The file is not valid {{encoding}}: importing it so would garble the text. Choose another encoding (Chinese Excel files are usually GB18030).',
  csv_unclosed_quote:
    'A quotation mark opened near row {{row}} is never closed, so the rest of the file cannot be read. Nothing was imported.',
  csv_malformed: 'The file cannot be read as CSV near row {{row}} ({{detail}}). Nothing was imported.',
  csv_duplicate_header: 'The column “{{header}}” appears twice in the header; rename one of them so it is clear which to import.',
  csv_one_column:
    'Only one column (“{{header}}”) was found: the file may use a delimiter Kehu did not recognise. Choose the delimiter by hand.',
  import_unknown_field: 'The mapping names a field “{{field}}” that this kind of record does not have.',
  import_header_missing: 'The mapping uses a column “{{header}}” that is not in the file.',
  import_required_unmapped: 'Choose a column for the required field(s): {{fields}}.',
  import_not_found: 'That import no longer exists.',
  import_already_undone: 'That import was already undone.',
  import_undo_conflict:
    'This import cannot be undone because {{count}} of its records changed since: {{list}}. Nothing was changed.',
  import_file_gone: 'The chosen file is no longer available; choose it again.',
  job_not_found: 'That task has finished or does not exist.',
  job_busy: 'An import is running. Wait for it to finish or cancel it, then try again.',
  export_failed: 'The export could not be written to {{target}}: {{detail}}.',
  analytics_too_few_months: 'This forecast needs at least {{needed}} complete months of sales; there are {{found}}.',
  analytics_flat_series: 'Monthly sales have been the same every month, so there is no pattern to forecast.',
  analytics_too_few_customers: 'This analysis needs at least {{needed}} customers with purchases; there are {{found}}.',
  analytics_churn_one_class:
    'Churn risk cannot be learned yet: over the last {{windowDays}} days either every earlier customer came back or none did. Try a different window.',
  sla_bad_time: 'The time “{{value}}” is not a full ISO-8601 date and time with a time zone (for example 2026-03-02T09:00:00Z).',
  sla_bad_minutes: 'A service target must be a number of business minutes of 0 or more; “{{value}}” is not.',
  sla_out_of_range: 'Business time can only be counted between the years 1 and 9999.',
  sla_calendar_time_zone:
    'The time zone “{{zone}}” is not known on this computer. Choose one from the list, for example Asia/Shanghai.',
  sla_calendar_week_length: 'The business hours must list 7 days, Sunday to Saturday; {{count}} were given.',
  sla_calendar_time: '“{{value}}” is not a time of day. Write business hours as HH:MM from 00:00 to 24:00, for example 09:00.',
  sla_calendar_interval_empty:
    'The business hours {{interval}} do not start before they end. Hours that run past midnight are two intervals, one on each day.',
  sla_calendar_intervals_overlap:
    'The business hours {{first}} and {{second}} on the same day overlap. Merge them or shorten one.',
  sla_calendar_intervals_unsorted:
    'The business hours {{second}} are listed after {{first}} but start earlier. List each day’s hours from earliest to latest.',
  sla_calendar_empty_week:
    'No business hours are set on any day, so no service time could ever be counted. Open at least one day.',
  sla_calendar_holiday_date:
    '“{{value}}” in the closed days is not a real date. Write dates as YYYY-MM-DD, for example 2026-10-01.',
  sla_calendar_workday_date:
    '“{{value}}” in the make-up working days is not a real date. Write dates as YYYY-MM-DD, for example 2026-09-20.',
  sla_calendar_date_conflict: '{{date}} is listed both as a closed day and as a make-up working day. Keep it in one list only.',
  worker_out_of_memory:
    'This work needed more than the {{limitMb}} MB of memory Kehu allows it, so it was stopped. Your data is unchanged; try a shorter period or fewer rows.',
}
