/**
 * Electron entry: one window, one data file, one registrar. Everything the renderer may do
 * goes through the typed channels in src-shared/ipc.
 */
import { join } from 'node:path'
import { app, BrowserWindow, dialog, powerMonitor } from 'electron'
import { AppError, type EventPayload } from '../src-shared/ipc'
import { resolveLocale, translate } from '../src-shared/i18n'
import { createSecureHost, type SecureHost } from './app/security/secure-host'
import { resolveDataDir } from './db'
import { electronDialogs } from './electron/dialogs'
import { electronPrinter } from './electron/pdf-printer'
import { hardenApp } from './electron/harden'
import { bindIpc } from './electron/ipc-bridge'
import { electronNativeBinding } from './electron/native-binding'
import { powerIdle } from './electron/power-idle'
import { createReminderNotifier } from './electron/reminder-notifier'
import { safeStorageKeychain } from './electron/safe-storage-keychain'
import { secureWebPreferences } from './electron/security'

let mainWindow: BrowserWindow | null = null
let backend: SecureHost | null = null

const rendererUrl = (): string => process.env.ELECTRON_RENDERER_URL ?? `file://${join(__dirname, '../renderer/index.html')}`

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  hardenApp(rendererUrl)
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.whenReady().then(start)
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', (event) => {
    // Workers stop and the connection closes (WAL checkpointed) before the process exits.
    if (!backend) return
    event.preventDefault()
    const closing = backend
    backend = null
    void closing.close().finally(() => app.quit())
  })
}

function start(): void {
  const osLocale = resolveLocale(app.getLocale())
  const showReminder = createReminderNotifier({
    window: () => mainWindow,
    locale: () => backend?.current()?.ctx.locale() ?? osLocale,
    snooze: (id, preset) => void backend?.dispatch('tasks.snooze', { id, preset }),
  })
  try {
    backend = createSecureHost({
      dataDir: resolveDataDir(app.getPath('userData')),
      platform: 'electron',
      osLocale,
      dialogs: electronDialogs(() => mainWindow),
      printer: electronPrinter(() => mainWindow),
      emit: (event, payload) =>
        event === 'task.reminder'
          ? showReminder(payload as EventPayload<'task.reminder'>)
          : mainWindow?.webContents.send(event, payload),
      reminders: true,
      backups: true,
      // The app lock: after the idle minutes without input, and when the screen locks or the laptop sleeps.
      idle: powerIdle(),
      nativeBinding: electronNativeBinding(app.isPackaged ? process.resourcesPath : app.getAppPath()),
      // A new shop asks on the first-run screen, suggesting encryption (issue 15: on by default).
      firstRun: 'ask',
      keychain: safeStorageKeychain(),
    })
  } catch (error) {
    // A refused data file is shown, never replaced: the user decides (restore a backup, move it).
    const message = error instanceof AppError ? translate(osLocale, `errors.${error.code}`, error.params) : String(error)
    dialog.showErrorBox('Kehu', message)
    app.exit(1)
    return
  }
  bindIpc(backend.dispatch, () => ({ contents: mainWindow?.webContents ?? null, appUrl: rendererUrl() }))
  // Timers stop while the laptop sleeps: on wake the reminders missed meanwhile arrive as one digest.
  powerMonitor.on('resume', () => backend?.resumed())
  createWindow()
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Kehu',
    backgroundColor: '#f7f7f8',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  })
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  mainWindow.on('closed', () => (mainWindow = null))
  void mainWindow.loadURL(rendererUrl())
}
