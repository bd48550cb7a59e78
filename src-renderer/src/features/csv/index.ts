import './csv.css'

export { CsvPage } from './csv-page'
