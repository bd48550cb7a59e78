/** A customer's data (PIPL access and erasure requests), on the customer page. */
export const privacy = {
  panelTitle: 'Personal data',
  panelBody:
    'For a request under the personal information law: give the customer a copy of everything Kehu holds about them, or erase them.',
  export: 'Export this customer’s data',
  exportTitle: 'Save this customer’s data',
  exportFileName: 'customer-data',
  exported: 'Saved {{files}} files ({{count}} rows in all)',
  erase: 'Erase this customer…',
  erased: '{{name}} was erased. {{orders}} orders stay in the books without a customer.',
  dialog: {
    title: 'Erase {{name}} for good?',
    intro: 'This cannot be undone. Use it when the customer asks to be erased; otherwise move them to the Trash.',
    keeps: 'Kept without the customer, so your sales totals do not change',
    empties: 'Kept with their text emptied',
    deletes: 'Deleted',
    orders: 'Orders: {{count}}',
    deals: 'Deals: {{count}}',
    tickets: 'Tickets: {{count}}',
    surveyResponses: 'Survey answers: {{count}}',
    activities: 'Timeline entries: {{count}}',
    tasks: 'Tasks: {{count}}',
    tags: 'Tags: {{count}}',
    segments: 'Segment memberships: {{count}}',
    campaigns: 'Campaign memberships: {{count}}',
    merged: 'Customers merged into this one: {{count}}',
    audit:
      'Their name and contact details are removed from the audit log ({{count}} changes); the log records that an erasure happened.',
    typeName: 'Type the customer’s name to confirm',
    confirm: 'Erase for good',
    cancel: 'Cancel',
  },
}
