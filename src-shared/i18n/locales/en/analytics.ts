/** Analytics dashboards: segment names and rules in words, model names, basis wording. */
export const analytics = {
  rfm: {
    segments: {
      champions: { name: 'Champions', explanation: 'Bought recently, buy often and spend the most.' },
      loyal: { name: 'Loyal', explanation: 'Buy regularly and came back not long ago.' },
      potentialLoyalist: {
        name: 'Potential loyalists',
        explanation: 'Bought recently and more than once, but not often yet: could become loyal.',
      },
      new: { name: 'New', explanation: 'Made their first and only purchase very recently.' },
      promising: { name: 'Promising', explanation: 'Bought once, quite recently: a second purchase is the next step.' },
      needAttention: {
        name: 'Need attention',
        explanation: 'Bought more than once, but neither recently nor often: a nudge now may keep them.',
      },
      aboutToSleep: {
        name: 'About to sleep',
        explanation: 'Bought once, a while ago: they will slip away without a reason to come back.',
      },
      cantLose: {
        name: "Can't lose them",
        explanation: 'Used to buy often and spend a lot, but have not been back for a long time.',
      },
      atRisk: { name: 'At risk', explanation: 'Bought often before, but not recently.' },
      hibernating: { name: 'Hibernating', explanation: 'Last bought long ago, rarely.' },
      lost: { name: 'Lost', explanation: 'Last bought longest ago of all, rarely: the least likely to come back.' },
    },
    scores: 'Scores 1–5 rank customers into fifths by recency, frequency and spend (5 = best).',
  },
  models: {
    holtWinters: 'Holt-Winters (seasonal exponential smoothing)',
    arima: 'ARIMA',
    linear: 'Linear trend',
  },
  churn: {
    features: {
      recencyDays: 'Days since last purchase',
      frequency: 'Orders',
      monetary: 'Total spent',
      tenureDays: 'Days since first purchase',
      tickets: 'Service tickets',
      lastSatisfaction: 'Last satisfaction score',
      intercept: 'Intercept',
    },
    method:
      'Trained on customers as they were {{windowDays}} days ago: did they buy again in the {{windowDays}} days since? Current customers are then scored on today’s figures.',
  },
  basis: {
    howMade: 'How this was made',
    summary: 'Based on {{rows}} {{unit}} from {{from}} to {{to}}.',
    units: {
      orders: 'orders',
      customers: 'customers',
      baskets: 'orders with products',
      tickets: 'tickets',
      deals: 'deals',
      campaigns: 'campaigns',
    },
  },
  errors: {
    fromAfterTo: 'The end date must be on or after the start date.',
  },
  /** The forecast's model in words (pipeline insights and the dashboard). */
  forecast: {
    model: 'Model: {{model}}, chosen because it forecast the last {{holdout}} held-out months best (typical error {{error}}).',
    modelFit: 'Fit on all months: {{fit}}.',
    candidates: 'Error of each model on the held-out months',
    candidate: '{{model}}: typical error {{error}}',
    notRun: '{{model}}: needs {{needed}} months',
    models: {
      holtWinters: 'Holt-Winters (seasonal)',
      arima: 'ARIMA',
      linear: 'Linear trend',
    },
    fits: {
      sse: 'typical error in the fitted months {{value}}',
      sigma2: 'residual standard deviation {{value}}',
      r2: 'R² {{value}}',
    },
  },
}
