/** The before/after report: "did this change help?" — equal periods either side of a day. */
export const beforeAfter = {
  title: 'Before / after',
  intro: 'Did a change help? Pick the day it happened; Kehu compares the same number of days before and after it.',
  date: 'Day of the change',
  days: 'Days on each side',
  compared:
    'Compares the {{count}} days from {{beforeFrom}} to {{beforeTo}} with the {{count}} days from {{afterFrom}} to {{afterTo}}.',
  compared_one: 'Compares {{beforeFrom}} with {{afterFrom}}.',
  toCome_one:
    '{{count}} of the {{requested}} days asked for is still to come: both sides hold the days passed so far and grow as it passes.',
  toCome_other:
    '{{count}} of the {{requested}} days asked for are still to come: both sides hold the days passed so far and grow as they pass.',
  allToCome: 'The after period has not started yet.',
  figure: 'Figure',
  before: 'Before',
  after: 'After',
  change: 'Change',
  figures: {
    revenue: 'Sales',
    orders: 'Orders',
    averageOrderValue: 'Average order value',
    returningShare: 'Returning customers',
    csat: 'CSAT',
    nps: 'NPS',
    campaignCost: 'Campaign cost',
  },
  points: '{{value}} pts',
  reasons: {
    noOrders: 'no orders',
    noBuyers: 'no buyers',
    noResponses: 'no survey answers',
    currentOnly: 'now only',
    future: 'still to come',
    noCampaigns: 'no dated campaigns',
  },
  costNote: 'A campaign’s cost is spread evenly over its days; campaigns without a start day are left out.',
}
