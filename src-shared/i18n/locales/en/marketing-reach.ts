/** Reaching people lawfully: marketing consent, target-list exports and "bought together" bundles. */
export const marketingReach = {
  consent: {
    title: 'Marketing consent',
    consent: 'Consent to marketing',
    values: { yes: 'Yes', no: 'No', unknown: 'Not asked' },
    on: 'Given on',
    source: 'How',
    sources: {
      in_store: 'In store',
      form: 'Signed form',
      import: 'Imported',
      verbal: 'Verbally',
      wechat: 'On WeChat',
      other: 'Other',
    },
    noSource: '—',
    doNotContact: 'Do not contact',
    doNotContactHint: 'Left out of every target list, whatever the consent says.',
    wechatId: 'WeChat ID',
    save: 'Save',
    saved: 'Marketing consent saved.',
    undo: 'Undo',
    undone: 'Consent change undone.',
    nothingToChange: 'Choose something to change.',
    law: 'China’s Personal Information Protection Law expects consent before marketing messages.',
  },
}
