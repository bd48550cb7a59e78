import './import-export.css'

export { ImportExportPage } from './import-export-page'
