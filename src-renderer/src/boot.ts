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
import './styles/utilities.css'
import './styles/palette.css'
import { loadListSetup } from './features/customers/api/list-setup'
import { lockStatus } from './features/lock/lock-status'
import { securityStatus } from './features/security/security-status'
import { loadCatalog } from './lib/catalogs'
import { warmIntl } from './lib/warm-intl'
import { resolveLocale } from '../../src-shared/i18n/locales'

/**
 * The window's first script, kept small: the start page's questions (is the file open, is the app
 * locked, the list's remembered layout and then its first rows) leave as soon as it runs, and the main
 * process answers them while the rest of the app downloads and compiles (issue 9: the first
 * rows in < 500 ms). The shell mounts from ./main.tsx.
 */
// The scripts first: a browser opens at most six connections to the harness, and the shell's
// script and the UI language's strings are the longest to come (./lib/i18n.ts takes them).
loadCatalog(resolveLocale(navigator.language)).catch(() => undefined)
void import('./main')
securityStatus.ask()
lockStatus.ask()
void loadListSetup()
// The first number format loads the locale's data (tens of ms): done while the scripts download.
setTimeout(warmIntl, 0)
