/** The Marketing page's "RFM & clusters" tab (issue 14 §1: RFM and k-means explained). */
import './groups.css'

export { GroupsPanel } from './groups-panel'
