import { exportJob } from '../../csv/ipc/export-job'
import { importJob } from '../../csv/ipc/import-job'
import { listExportJob } from '../../csv/ipc/list-export-job'
import { undoJob } from '../../csv/ipc/undo-job'
import { targetExportJob } from '../../marketing/target-export/job'
import { auditExportJob } from '../../trust/audit/export-job'
import { taskTable } from '../../workers/task'

/**
 * What the jobs worker runs, on its own read-write connection, one job at a time: the long
 * jobs users start and may cancel (`ctx.jobs`). A module with such a job adds it here.
 */
export const jobTable = taskTable({
  name: 'jobs',
  access: 'read-write',
  tasks: {
    import: importJob,
    export: exportJob,
    listExport: listExportJob,
    undo: undoJob,
    targetExport: targetExportJob,
    auditExport: auditExportJob,
  },
})
