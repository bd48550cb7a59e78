import {
  TICKET_KINDS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  ticketInput,
  type TicketInput,
} from '../../../src-shared/domain/ticket'
import { ticketKeys, ticketWriter } from '../commit/tickets'
import { customerRefFields } from './customer-ref-fields'
import type { KindSpec } from './types'
import { MATCH_KEYS } from '../../../src-shared/ipc/channels/csv-import'

const identity = (values: readonly string[]): Record<string, string> => Object.fromEntries(values.map((v) => [v, v]))

export const ticketsKind: KindSpec<TicketInput> = {
  kind: 'tickets',
  fields: [
    {
      key: 'number',
      type: 'text',
      required: true,
      synonyms: ['工单号', '工单编号', '编号', 'ticket', 'ticket no', 'ticket number', 'number'],
    },
    { key: 'subject', type: 'text', required: true, synonyms: ['主题', '标题', '问题', 'subject', 'title'] },
    { key: 'body', type: 'text', synonyms: ['内容', '描述', '详情', 'body', 'description', 'details'] },
    {
      key: 'kind',
      type: 'enum',
      synonyms: ['类型', '工单类型', 'kind', 'type'],
      values: { 咨询: 'inquiry', 投诉: 'complaint', 退货: 'return', 维修: 'repair', ...identity(TICKET_KINDS) },
    },
    {
      key: 'priority',
      type: 'enum',
      synonyms: ['优先级', 'priority'],
      values: { 低: 'low', 普通: 'normal', 高: 'high', 紧急: 'urgent', ...identity(TICKET_PRIORITIES) },
    },
    {
      key: 'status',
      type: 'enum',
      synonyms: ['状态', 'status'],
      values: { 待处理: 'open', 处理中: 'pending', 已解决: 'resolved', 已关闭: 'closed', ...identity(TICKET_STATUSES) },
    },
    {
      key: 'openedAt',
      type: 'datetime',
      synonyms: ['创建时间', '提交时间', '开始时间', 'opened at', 'created at', 'opened', 'date'],
    },
    { key: 'resolvedAt', type: 'datetime', synonyms: ['解决时间', 'resolved at', 'resolved'] },
    { key: 'dueAt', type: 'datetime', synonyms: ['截止时间', '到期时间', 'due at', 'due', 'due date'] },
    ...customerRefFields,
    { key: 'uid', type: 'text', synonyms: ['uid', 'kehu id'] },
  ],
  schema: ticketInput,
  matchKeys: MATCH_KEYS.tickets,
  defaultMatch: ['uid', 'number'],
  writer: ticketWriter,
  table: 'tickets',
  fileKeys: ticketKeys,
  uniqueKeys: ['uid', 'number'],
}
