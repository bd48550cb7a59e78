/** Drill-down from dashboard charts to the records behind them, the service card's distributions and the churn reasons in words. */
export const drill = {
  chip: {
    label: 'Showing: {{label}}',
    clear: 'Show the whole list (remove “{{label}}”)',
    deals: '{{count, number}} deals',
  },
  /** What a drilled list shows, on its chip. */
  label: {
    countedOrders: 'Counted orders, {{range}}',
    campaignOrders: 'Orders attributed to {{campaign}}',
    bundleOrders: 'Orders with {{items}}',
    rfm: 'RFM segment “{{segment}}” as of {{date}}',
    cluster: '{{group}} of {{k}} customer groups',
    funnel: 'Deals that reached “{{stage}}”',
    funnelRange: 'Deals created {{range}} that reached “{{stage}}”',
    tickets: 'Tickets opened {{range}}',
  },
  churnWhy: 'Why this customer',
  marks: 'Open the records behind the chart',
  mark: '{{name}}: {{value}}',
  service: {
    cardTitle: 'Tickets and satisfaction',
    csatTitle: 'CSAT answers by score',
    csatDescription: 'CSAT answers from {{from}} to {{to}} by score: {{list}}.',
    score: 'Score {{score}}',
    npsTitle: 'NPS',
    npsDescription:
      'NPS {{nps}} from {{responses}} answers: {{promoters}} promoters, {{passives}} passives, {{detractors}} detractors.',
    npsGroups: '{{promoters}} promoters · {{passives}} passives · {{detractors}} detractors',
    volumeTitle: 'Tickets opened per month',
    volumeDescription: 'Tickets opened per month from {{from}} to {{to}}: {{list}}.',
  },
  churn: {
    recencyDays: 'no purchase for {{days}} days',
    recencyGap: 'no purchase for {{days}} days — {{ratio}}× their usual gap',
    frequencyLow: 'only {{count}} orders',
    frequencyHigh: '{{count}} orders',
    monetaryLow: 'spent only {{money}} in all',
    monetaryHigh: 'spent {{money}} in all',
    tenureDays: 'a customer for {{days}} days',
    tickets: '{{count}} service tickets',
    lastSatisfaction: 'last satisfaction {{score}} of 5',
    neverSurveyed: 'never answered a survey',
  },
}
