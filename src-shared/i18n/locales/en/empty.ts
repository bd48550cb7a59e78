/** Empty states: what the page will do, and what to do meanwhile. */
export const empty = {
  comingSoon: 'Coming with the next release',
  marketing: {
    title: 'Coming with the next release: marketing',
    body: 'Campaigns with their cost and return, and customer segments explained in plain words.',
  },
  dashboard: {
    title: 'Coming with the next release: the dashboard',
    body: 'Revenue, orders, new customers and satisfaction at a glance, compared with the previous period.',
  },
  nextStepCustomers: 'Meanwhile, open your customers',
}
