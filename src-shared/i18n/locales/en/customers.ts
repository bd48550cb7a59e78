/**
 * The customers feature: field labels, activity kinds, validation and result messages.
 * Grouped by purpose so the UI strings can join later as their own groups (`list`, `detail`…).
 */
export const customers = {
  entity: 'customer',
  fields: {
    name: 'Name',
    phone: 'Phone',
    email: 'Email',
    code: 'Customer code',
    gender: 'Gender',
    birthday: 'Birthday',
    address: 'Address',
    city: 'City',
    source: 'Source',
    notes: 'Notes',
    tags: 'Tags',
    createdAt: 'Created',
    updatedAt: 'Updated',
    lifetimeValue: 'Lifetime value',
    orderCount: 'Orders',
    lastPurchaseAt: 'Last purchase',
    averageOrder: 'Average order',
  },
  gender: {
    female: 'Female',
    male: 'Male',
    other: 'Other',
  },
  activityKinds: {
    call: 'Call',
    visit: 'Visit',
    message: 'Message',
    note: 'Note',
    email: 'Email',
    meeting: 'Meeting',
    purchase: 'Purchase',
    system: 'System',
  },
  validation: {
    phone: 'Enter a phone number (digits, spaces, dashes and a leading + are fine).',
    birthdayFuture: 'A birthday cannot be in the future.',
    tagChoice: 'Choose an existing tag or type a new tag name (one of the two).',
    mergeSelf: 'Choose two different customers to merge.',
  },
  messages: {
    duplicatePhone: 'Same phone as {{name}}',
    duplicateEmail: 'Same email as {{name}}',
  },
}
