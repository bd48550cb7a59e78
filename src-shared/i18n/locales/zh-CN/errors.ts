import type { errors as en } from '../en/errors'

export const errors: Record<keyof typeof en, string> = {
  validation: '有字段需要修改：{{summary}}',
  unknown_channel: '未知的请求“{{channel}}”。',
  not_found: '找不到该{{entity}}（可能已被删除）。',
  conflict: '{{detail}}',
  internal: 'Kehu 内部出错。您的数据未被更改，详情已写入日志。',
  db_missing: '数据文件 {{file}} 不存在。',
  db_empty: '数据文件 {{file}} 是空的（0 字节）。文件未被改动；请恢复备份或选择其他文件。',
  db_corrupt: '数据文件 {{file}} 已损坏（{{detail}}）。文件未被改动；请恢复备份。',
  db_newer: '数据文件 {{file}} 由更新版本的 Kehu 创建（结构版本 {{found}}，本程序支持 {{known}}）。请升级 Kehu 后再打开。',
  db_not_sqlite: '文件 {{file}} 不是 Kehu 数据文件。',
  db_migration_failed: '将数据文件 {{file}} 升级到结构版本 {{version}}（{{name}}）失败：{{detail}}。该步骤已回滚，数据保持原样。备份：{{backup}}。',
  db_migration_changed: '数据文件 {{file}} 的结构步骤 {{version}}（{{name}}）与本版本 Kehu 不一致。文件未被改动；请使用匹配的 Kehu 版本或恢复备份。',
  customer_not_found: '找不到该客户（可能已被删除或合并）。',
  tag_not_found: '找不到该标签（可能已被删除）。',
  customer_code_taken: '客户编号 {{code}} 已被 {{name}} 使用。',
  customer_merge_deleted: '回收站中的客户不能合并，请先恢复。',
  forbidden: '不允许此请求。',
  cancelled: '已取消，未做任何更改。',
}
