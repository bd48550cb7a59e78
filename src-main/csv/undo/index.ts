export { undoImport } from './undo-import'
