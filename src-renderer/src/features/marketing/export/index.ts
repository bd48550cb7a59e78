/** The target-list export dialog; the segments and campaigns tabs open it for their lists. */
import './target-export.css'

export { TargetExportDialog, type TargetExportDialogProps } from './target-export-dialog'
