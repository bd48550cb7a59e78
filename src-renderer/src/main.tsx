import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
// The kit's styles first, so a feature's own CSS (imported with the feature) can refine them.
import './styles/tokens.css'
import './styles/base.css'
import './styles/shell.css'
import './styles/components.css'
import './styles/forms.css'
import './styles/dialog.css'
import './styles/table.css'
import './styles/data-grid.css'
import './styles/chart.css'
import './styles/print.css'
import './styles/palette.css'
import { App } from './app/app'
import { loadListSetup } from './features/customers'
import { listenForReminders } from './features/tasks/host'

// The start page's list asks for its remembered layout first and its rows after: ask now, while
// React renders the shell, instead of after the first render (issue 9: the first rows in < 500 ms).
void loadListSetup()
// Before the lock gate opens the event stream: the start digest of missed reminders comes at once.
listenForReminders()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
