/** The Ctrl/Cmd+K command palette. */
export const palette = {
  label: 'Command palette',
  placeholder: 'Type a page, an action or a customer…',
  results: 'Results',
  noResults: 'Nothing matches “{{query}}”.',
  searching: 'Searching…',
  hint: '↑↓ to choose · Enter to open · Esc to close',
  groupPages: 'Go to',
  groupActions: 'Actions',
  goTo: 'Go to {{page}}',
  newCustomer: 'New customer',
  switchLanguage: 'Switch language to {{language}}',
  toggleTheme: 'Switch to {{theme}} theme',
}
