/** Empty states: what the page will do, and what to do meanwhile. */
export const empty = {
  comingSoon: 'Coming with the next release',
  marketing: {
    title: 'Coming with the next release: marketing',
    body: 'Campaigns with their cost and return, and customer segments explained in plain words.',
  },
  nextStepCustomers: 'Meanwhile, open your customers',
}
