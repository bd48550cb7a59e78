import { ipcMain, type WebContents } from 'electron'
import { CHANNEL_NAMES } from '../../src-shared/ipc'
import type { Dispatch } from '../ipc/registrar'
import { isAppUrl } from './security'

/**
 * Binds every contract channel to `ipcMain.handle`. The sender check refuses calls from any
 * frame that is not our own page in our own window (a navigated or injected frame gets nothing).
 */
export function bindIpc(dispatch: Dispatch, trusted: () => { contents: WebContents | null; appUrl: string }): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, input: unknown) => {
      const { contents, appUrl } = trusted()
      const frameUrl = event.senderFrame?.url ?? ''
      if (event.sender !== contents || !isAppUrl(frameUrl, appUrl)) {
        return { ok: false, error: { code: 'forbidden', message: 'Forbidden' } }
      }
      return dispatch(channel, input)
    })
  }
}
