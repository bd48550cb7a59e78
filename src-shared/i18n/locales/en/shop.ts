/** First run and the demo shop: the empty dashboard's next steps, the demo banner, switching shops. */
export const shop = {
  windowTitle: '{{app}} — Demo shop',
  switching: 'Opening…',
  switchFailed: 'The shop could not be opened: {{message}}',
  banner: {
    label: 'Demo shop notice',
    title: 'Demo shop — practice data, not yours',
    body: 'Try anything here; your own shop is not touched.',
    back: 'Back to my shop',
    reset: 'Reset demo',
  },
  reset: {
    title: 'Start the demo shop over?',
    description: 'Everything done in the demo shop is replaced by a fresh copy. Your own shop is not touched.',
    confirm: 'Reset demo',
    cancel: 'Cancel',
  },
  firstRun: {
    title: 'Your shop is empty — where to start',
    body: 'The dashboard fills in as customers and orders arrive. Pick a first step:',
    import: {
      title: 'Import from a CSV',
      body: 'Bring customers, products and orders from a spreadsheet or your old system.',
      action: 'Import a CSV file',
    },
    customer: {
      title: 'Add a customer',
      body: 'Type in your first customer by hand.',
      action: 'Add a customer',
    },
    order: {
      title: 'Ring up an order',
      body: 'Record a sale; the customer can be added on the way.',
      action: 'New order',
    },
    demo: {
      title: 'Learn on a demo shop',
      body: 'A practice shop with {{customers}} customers, their orders, deals and tickets, in a file of its own. Your shop is not touched, and one click brings you back.',
      action: 'Open the demo shop',
    },
  },
  settings: {
    title: 'Demo shop',
    body: 'A practice shop with made-up customers, orders, deals and tickets, in a file of its own ({{file}} in the data folder). Open it to learn Kehu or to train a new employee: your shop is not touched, and one click brings you back.',
  },
}
