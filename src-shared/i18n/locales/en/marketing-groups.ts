/** The Marketing page's "RFM & clusters" tab: customer groups explained in words. */
export const marketingGroups = {
  tab: 'RFM & clusters',
  rfm: {
    title: 'RFM segments',
    intro:
      'Each customer who has bought is in exactly one segment, by their recency, frequency and spend scores. Revenue is their counted orders (paid, shipped or completed).',
    columns: {
      segment: 'Segment',
      rule: 'Rule',
      meaning: 'In words',
      customers: 'Customers',
      revenue: 'Revenue',
      share: 'Share',
      actions: 'Actions',
    },
    empty: 'No customer has bought yet: segments appear with the first counted order.',
    total: 'All buyers',
    asOf: 'As of {{date}}.',
  },
  rule: {
    r: 'recency {{range}}',
    f: 'frequency {{range}}',
    m: 'spend {{range}}',
    one: 'exactly one order',
    several: 'more than one order',
    unless: 'not {{names}}',
    separator: ', ',
  },
  clusters: {
    title: 'Clusters (k-means)',
    intro:
      'Customers grouped by how recently, how often and how much they buy. Each group is described against the average customer: above {{high}}× the average is high, below {{low}}× low.',
    chosenBySilhouette: 'k chosen by silhouette: {{k}}',
    chosenByOwner: 'k set by you: {{k}}',
    kLabel: 'Number of groups',
    kAuto: 'Chosen by the data',
    group: 'Group {{n}}',
    size: '{{count}} customers ({{share}})',
    revenue: '{{amount}} revenue ({{share}})',
    figures: {
      recencyDays: 'Last purchase',
      frequency: 'Orders',
      monetary: 'Spend',
      basket: 'Per order',
    },
    days: '{{days}} days ago',
    average: 'average {{value}}',
    silhouettes: 'Silhouette (−1 to 1, higher is better separated) by k: {{list}}.',
    sampleNote:
      'Measured on fixed samples, the same every time: each k fitted on {{fitted}} of the {{customers}} customers, silhouette on {{sampled}} of those; the groups shown are fitted on everyone.',
  },
  traits: {
    recencyDays: { low: 'recent', high: 'long since last purchase' },
    frequency: { low: 'rare visits', high: 'frequent visits' },
    monetary: { low: 'low spend', high: 'high spend' },
    basket: { low: 'small baskets', high: 'big baskets' },
    average: 'close to the average customer',
    separator: ', ',
  },
  makeSegment: 'Make a segment',
  makeSegmentOf: 'Make a segment of “{{name}}”',
  segmentMade: 'Segment “{{name}}” saved.',
  segmentName: {
    rfm: 'RFM: {{segment}}',
    cluster: 'Cluster {{n}} of {{k}}: {{phrase}}',
  },
}
