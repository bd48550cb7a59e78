import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { listenForReminders } from './features/tasks/host'
import { loadStartLocale } from './lib/i18n'

// Before the lock gate opens the event stream: the start digest of missed reminders comes at once.
listenForReminders()

// Top-level await: the shell renders in the UI language, never with raw keys.
await loadStartLocale()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
