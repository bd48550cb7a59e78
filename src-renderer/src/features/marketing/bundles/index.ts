/** The Marketing page's bundles tab ("bought together"). */
import './bundles.css'

export { BundlesTab } from './bundles-tab'
