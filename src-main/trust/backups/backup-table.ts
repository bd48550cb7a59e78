import { taskTable } from '../../workers/task'
import { copyVerified, type CopyInput } from './copy-verified'
import { countBackup, type CountInput } from './count-backup'

/**
 * Backups off the main thread: the copy of a 100,000-customer shop and its `integrity_check`
 * take seconds. Access `none`: each task opens the files it copies or reads.
 */
export const backupTable = taskTable({
  name: 'backup',
  access: 'none',
  tasks: {
    copy: (_db: null, input: CopyInput) => copyVerified(input),
    count: (_db: null, input: CountInput) => countBackup(input),
  },
})
