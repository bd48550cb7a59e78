/**
 * Stored enum values as people read them: order status, deals, pipeline stages, tickets, surveys,
 * segments, imports, the data-file check. Keys are the stored values (../enum-labels.ts lists
 * which constant each group translates; a test renders every value in both languages).
 */
export const enums = {
  orderStatus: {
    pending: 'Pending',
    paid: 'Paid',
    shipped: 'Shipped',
    completed: 'Completed',
    cancelled: 'Cancelled',
    refunded: 'Refunded',
  },
  dealStatus: { open: 'Open', won: 'Won', lost: 'Lost' },
  stageKind: { open: 'In progress', won: 'Won', lost: 'Lost' },
  ticketKind: { inquiry: 'Inquiry', complaint: 'Complaint', return: 'Return', repair: 'Repair' },
  ticketPriority: { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' },
  ticketStatus: { open: 'Open', pending: 'Waiting', resolved: 'Resolved', closed: 'Closed' },
  ticketEventKind: {
    opened: 'Opened',
    replied: 'Replied',
    received: 'Customer wrote',
    status: 'Status changed',
    note: 'Internal note',
    merged: 'Merged',
  },
  messageChannel: { phone: 'Phone', wechat: 'WeChat', in_person: 'In person', sms: 'SMS', email: 'Email' },
  answerChannel: {
    phone: 'Phone',
    wechat: 'WeChat',
    paper: 'Paper card',
    in_person: 'In person',
    sms: 'SMS',
    import: 'Imported',
  },
  surveyKind: { csat: 'Satisfaction (CSAT)', nps: 'Recommendation (NPS)' },
  segmentKind: { manual: 'Hand-picked', filter: 'By filter', rfm: 'RFM segment', cluster: 'Cluster' },
  importStatus: { committed: 'Imported', undone: 'Undone' },
  integrityStatus: { checking: 'Checking…', ok: 'No damage found', corrupt: 'Damaged' },
}
