/**
 * The dashboard feature. The shell's router renders <DashboardPage /> for { page: 'dashboard' }.
 * Its charts load ECharts, so this feature is only ever imported lazily (app/router.tsx).
 */
import './dashboard.css'

export { DashboardPage } from './dashboard-page'
