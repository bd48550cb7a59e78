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
  view_not_found: 'That saved view was not found (it may have been deleted).',
  view_name_taken: 'There is already a view called “{{name}}”. Choose another name.',
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
  // Merge undo and the Trash (issue 9).
  customer_merge_not_found:
    'There is no merge of this customer left to undo (it was undone, or the customer was deleted for good).',
  customer_merge_undo_keep_deleted:
    'The merge cannot be undone while {{name}} is in the Trash: restore {{name}} first (or undo the merge that moved it), then undo this one.',
  stale_edit: 'This record changed since you opened it. Nothing was saved: look at the current version and try again.',
  product_not_found: 'That product was not found (it may have been deleted).',
  product_sku_taken: 'The SKU {{sku}} is already used by {{name}}.',
  product_has_sales:
    '{{name}} has been sold ({{count}} order lines), so it cannot be deleted. Deactivate it instead: it stays in past orders and leaves the item search.',
  product_inactive: '{{name}} is deactivated. Activate it on the Products tab to sell it, or add the line as free text.',
  order_not_found: 'That order was not found.',
  order_customer_deleted: 'The customer {{name}} is in the Trash. Restore them or choose another customer; nothing was saved.',
  campaign_not_found: 'That campaign was not found (it may have been deleted).',
  order_already_cancelled: 'Order {{number}} is already cancelled.',
  order_not_cancellable: 'Order {{number}} is already refunded in full, so there is nothing left to cancel.',
  order_not_cancelled: 'Order {{number}} is not cancelled, so there is no cancellation to undo.',
  order_refund_unpaid: 'Order {{number}} has not been paid yet. Cancel it instead of refunding it.',
  order_refund_cancelled: 'Order {{number}} is cancelled or refunded in full; nothing is left to refund.',
  order_refund_returns:
    'Order {{number}} holds returned-goods lines (negative quantities) from an import, so Kehu cannot work out a refund. Record it where the order came from.',
  refund_line_unknown: 'Line {{line}} is not a line of this order.',
  refund_over_sold: '{{description}}: {{quantity}} is more than the {{left}} left to refund.',
  refund_over_paid: 'A refund of {{amount}} is more than the {{left}} left of what was paid.',
  // The pipeline board (issue 11).
  deal_moved_since:
    '“{{title}}” was moved since the board was loaded; it is now in {{stage}}. The board has been refreshed; nothing was moved.',
  deal_lost_reason_required: 'Say why “{{title}}” was lost: choose a reason or type one. Nothing was moved.',
  deal_undo_conflict: 'That move of “{{title}}” cannot be undone: the deal changed since. Nothing was changed.',
  deal_deleted_stage: '“{{stage}}” has been deleted. Choose one of the current stages.',
  stage_has_deals:
    '“{{stage}}” still holds {{count}} deal(s). Choose the stage to move them to, then delete it. Nothing was deleted.',
  stage_move_target: 'Move the deals of “{{stage}}” to another {{kind}} stage.',
  stage_kind_has_deals:
    '“{{stage}}” holds {{count}} deal(s), so it cannot change from {{from}} to {{to}}. Move its deals first, or add a new stage.',
  stage_last_of_kind: 'The pipeline needs at least one {{kind}} stage, so “{{stage}}” cannot be removed or changed.',
  stage_order_mismatch: 'The stage order sent does not list every current stage exactly once. Reload Settings and try again.',
  lost_reason_not_found: 'That lost reason was not found (it may have been deleted).',
  lost_reason_order_mismatch: 'The order sent does not list every lost reason exactly once. Reload Settings and try again.',
  task_not_found: 'That task was not found (it may have been deleted).',
  ticket_not_found: 'That ticket was not found (it may have been deleted).',
  ticket_merged: 'Ticket {{number}} was merged into {{into}}; work on {{into}} instead (or undo the merge there).',
  ticket_event_future: 'The time {{at}} is in the future. Log what already happened, at the time it happened.',
  ticket_event_too_early:
    'That time is before the latest entry of ticket {{number}} ({{last}}). Entries are logged in order: give a later time.',
  ticket_bad_transition: 'Ticket {{number}} cannot go to that status from where it is now. Reopen it first.',
  ticket_order_customer_mismatch: 'Order {{order}} belongs to another customer. Choose that order’s customer, or another order.',
  ticket_merge_other_customer:
    'Tickets {{kept}} and {{merged}} are about two different customers, so they were not merged. Merge the customers first if they are the same person.',
  ticket_merge_not_found: 'That merge was not found.',
  ticket_merge_undone: 'That merge was already undone.',
  canned_reply_not_found: 'That canned reply was not found (it may have been deleted).',
  survey_request_not_found: 'That survey request was not found (it may have been withdrawn).',
  survey_already_answered: '{{customer}} has already answered this survey. Undo that answer first to record another.',
  survey_not_asked: 'This survey does not ask that question: record only the scores it asks for.',
  survey_answer_too_early: 'An answer cannot come before the survey was sent. Check the date and time.',
  survey_not_answered: 'This survey has no answer to undo.',
  import_undo_later_import:
    'This import cannot be undone yet: a later import ({{imports}}) builds on {{count}} of its records ({{list}}). Undo that import first. Nothing was changed.',
  import_undo_blocked: 'This import cannot be undone: {{list}} is still used by other records. Nothing was changed.',
  record_in_use: 'This cannot be done: the record is still used by other records. Nothing was changed.',
  disk_full:
    'The disk holding {{file}} is full: this needs about {{needed}} more free space ({{free}} free now). Nothing was changed; free some space and try again.',
  csv_record_too_large:
    'Row {{row}} is longer than {{limit}}, far more than any real table row: the file is damaged or not a CSV table. Nothing was imported.',
  csv_too_many_columns:
    'Row {{row}} has more than {{limit}} columns (a spreadsheet holds at most 16,384): the file is damaged or not a CSV table. Nothing was imported.',
  csv_decompression_bomb:
    'The compressed file {{file}} unpacks to more than {{ratio}} times its size, which no real CSV export does: it is damaged or built to fill the memory. Nothing was imported.',
  export_not_writable:
    'Kehu may not write to {{target}} (the folder is read-only or belongs to someone else). Choose another folder. Nothing was written.',
  export_out_not_folder: '{{target}} is a file, not a folder. Choose a folder for the export (it is created if missing).',
  bad_request: 'The request could not be read: {{detail}}.',
  request_too_large: 'The request is larger than {{limit}}.',
  worker_out_of_memory:
    'This work needed more than the {{limitMb}} MB of memory Kehu allows it, so it was stopped. Your data is unchanged; try a shorter period or fewer rows.',
  print_unavailable:
    'This window cannot print to PDF here: use the browser’s own Print (Ctrl+P), which uses the same report layout.',
  shop_switch_busy: 'Kehu is busy with an import, export or undo. Wait for it to finish or cancel it, then switch shops.',
  shop_switch_unavailable: 'Switching shops is not available here.',
  campaign_not_draft: 'Only a draft campaign can be launched; this one already was.',
  campaign_not_running: 'Only a running campaign can be ended.',
  campaign_no_targets: 'Nobody to reach: choose a segment or some customers before launching.',
  campaign_cost_line_not_found: 'That cost line was not found (it may have been removed).',
  campaign_ends_before_start: 'A campaign cannot end before it starts.',
  segment_not_found: 'That segment no longer exists (it may have been deleted).',
  segment_name_taken: 'There is already a segment called “{{name}}”. Choose another name.',
  segment_snapshot_fixed: '“{{name}}” is a snapshot: its members are fixed. Change the segment it was frozen from instead.',
  target_source_gone: 'That campaign or segment no longer exists (it may have been deleted).',
  consent_undo_gone: 'That consent change was already undone, or is no longer known.',
  backup_folder_missing:
    'The backups folder {{folder}} is not there (is the USB stick or drive plugged in?). No backup was made: plug it in, or choose another folder in Settings → Backups.',
  backup_check_failed: 'The backup copy failed its check ({{detail}}) and was removed. Your data file was not changed.',
  backup_failed: 'The backup could not be made. Your data file was not changed.',
  backup_not_found: 'The backup “{{name}}” is no longer in the backups folder.',
  backup_restore_unavailable: 'Restoring a backup is not available here.',
  campaign_mark_undo_gone: 'Those marks were already undone, or are no longer known.',
  app_locked: 'Kehu is locked. Unlock it with your passphrase.',
  lock_wrong_passphrase: 'That passphrase is not right. Try again in {{seconds}} s.',
  lock_wait: 'Too many wrong passphrases: try again in {{seconds}} s.',
  lock_off: 'App lock is off. Turn it on in Settings → App lock first.',
  lock_passphrase_needed: 'Enter your passphrase to change the app lock.',
  lock_new_passphrase_needed: 'Choose a passphrase (at least 8 characters) to turn the app lock on.',
  // Encryption at rest (trust/keyring, trust/encryption)
  passphrase_too_short:
    'Use at least {{min}} characters for the passphrase: it is what stands between a copied file and your customers.',
  passphrase_already_set: 'A passphrase is already set. Change it in Settings → Security instead.',
  recovery_key_wrong: 'That recovery key is not right. Check each group of four characters and try again.',
  keyring_missing: 'No passphrase has been set yet, so there is no key to use.',
  keyring_other_key: 'The key file {{file}} belongs to another data file. Nothing was changed.',
  keyring_damaged:
    'The key file {{file}} is damaged or not a Kehu key file. It was left untouched; your recovery key still opens the data.',
  db_key_wrong:
    'The data file {{file}} is encrypted and this key does not open it. The file was left untouched: try the passphrase or the recovery key.',
  db_key_needed: 'The data file {{file}} is encrypted: unlock it with the passphrase or the recovery key.',
  keychain_untrusted:
    'This computer’s keychain stores secrets without real protection, so Kehu will not keep the key there: the passphrase opens the data instead.',
  encryption_verify_failed:
    'The encrypted copy did not match the original ({{detail}}). It was discarded; your data file is unchanged.',
  security_unavailable: 'Encryption settings are not available here.',
  security_locked: 'Kehu is locked: unlock it with the passphrase or the recovery key first.',
  security_already_set_up: 'This shop is already set up. Change encryption in Settings → Security.',
  security_not_recovered:
    'A new passphrase without the old one is set only right after opening Kehu with the recovery key. Use Change passphrase in Settings → Security.',
  security_busy: 'Kehu is busy with an import, export or undo. Wait for it to finish or cancel it, then try again.',
  security_converting:
    'Kehu is changing the data file’s encryption and nothing can be read or saved meanwhile. Follow it, or cancel it, in Settings → Security.',
  encryption_cancelled: 'Cancelled. The data file was left exactly as it was.',
}
