import type { Dialogs } from '../../ipc/context'

/** What every file saved from the demo shop is called first, so practice data is never taken for the owner's. */
export const DEMO_FILE_PREFIX = 'demo-'

/** The file dialogs of the demo shop: every export or backup it saves is named `demo-…` by default. */
export const demoDialogs = (dialogs: Dialogs): Dialogs => ({
  ...dialogs,
  saveFile: (options) => dialogs.saveFile({ ...options, defaultName: `${DEMO_FILE_PREFIX}${options.defaultName}` }),
})
