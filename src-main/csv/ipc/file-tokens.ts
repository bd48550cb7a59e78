import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import { AppError } from '../../../src-shared/ipc/app-error'
import { defineService } from '../../ipc/backend-services'

export interface PickedFile {
  path: string
  name: string
}

/** Files kept per backend; the oldest token is forgotten first. */
const KEEP = 20

/**
 * The renderer never sends a path: it gets an opaque token for the file the user picked in
 * the main-process dialog, and the path stays here.
 */
export class PickedFiles {
  private readonly files = new Map<string, PickedFile>()

  remember(path: string): string {
    const fileId = randomUUID()
    this.files.set(fileId, { path, name: basename(path) })
    if (this.files.size > KEEP) this.files.delete(this.files.keys().next().value as string)
    return fileId
  }

  get(fileId: string): PickedFile {
    const file = this.files.get(fileId)
    if (!file) throw new AppError('import_file_gone')
    return file
  }
}

export const pickedFiles = defineService('csv.pickedFiles', () => new PickedFiles())
