import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { BackupEntry, BackupFailure, BackupStatus } from '../../../src-shared/ipc/channels/backups'
import { AppError } from '../../../src-shared/ipc/app-error'
import { translate } from '../../../src-shared/i18n'
import { defineService } from '../../ipc/backend-services'
import type { HandlerContext } from '../../ipc/context'
import { loadedNativeBinding } from '../../workers/native-binding'
import type { TaskRunner } from '../../workers/task-runner'
import { backupFileName, type MadeKind } from './backup-names'
import { readBackupSettings, type BackupSettings } from './backup-settings'
import { backupTable } from './backup-table'
import { findBackups, removeLeftovers, shown, type FoundBackup } from './list-backups'
import { removeWithManifest } from './manifest'
import { backupsToRemove } from './rotation'

/**
 * One backend's backups: checked copies in the backup worker, one at a time, then rotation.
 * `start()` (the app's boot) adds the schedule — one every N hours while open — and a backup
 * when the backend closes (quit). A failure is kept and shown until a backup succeeds.
 */
export class BackupService {
  private queue: Promise<unknown> = Promise.resolve()
  private taskRunner: TaskRunner<typeof backupTable> | null = null
  private lastFailure: BackupFailure | null = null
  private stopTimer: (() => void) | null = null
  private backUpOnClose = false

  constructor(private readonly ctx: HandlerContext) {}

  settings(): BackupSettings {
    return readBackupSettings(this.ctx.dataFile)
  }

  folder(): string {
    return this.settings().folder ?? this.ctx.backupDir
  }

  status(): BackupStatus {
    const settings = this.settings()
    const newest = this.list()[0]
    return {
      folder: this.folder(),
      defaultFolder: this.ctx.backupDir,
      folderMissing: settings.folder !== null && !existsSync(settings.folder),
      everyHours: settings.everyHours,
      lastBackupAt: newest?.createdAt ?? null,
      lastFailure: this.lastFailure,
    }
  }

  list(): FoundBackup[] {
    return findBackups([this.folder(), this.ctx.backupDir])
  }

  find(name: string): FoundBackup {
    const found = this.list().find((backup) => backup.name === name)
    if (!found) throw new AppError('backup_not_found', { name })
    return found
  }

  /** A checked copy of the data file as it is now; refused (and remembered) when it cannot be made. */
  backUp(kind: MadeKind): Promise<BackupEntry> {
    const done = this.queue.then(() => this.copyNow(kind))
    this.queue = done.catch(() => undefined)
    return done
  }

  /**
   * Copies a backup being staged for a restore through the worker, with the full
   * `integrity_check` (every index against its table): it is about to become the shop.
   */
  async copyChecked(source: string, dest: string): Promise<void> {
    await this.runner().start('copy', { source, dest, check: 'full', ...this.fileAccess() }).result
  }

  countRows(file: string) {
    return this.runner().start('count', { file, ...this.fileAccess() }).result
  }

  /** What a backup task needs to open the shop's files: the Electron build's binding, and the key. */
  fileAccess(): { nativeBinding?: string; key?: string } {
    return { nativeBinding: loadedNativeBinding(), key: this.ctx.workers.dataKey?.toString('hex') }
  }

  /** The app's boot: automatic backups while open and on close. Not for tests or the CLI. */
  start(): void {
    this.backUpOnClose = true
    this.schedule(60_000)
  }

  /** A restore closes the backend after backing up itself: no second copy on the way out. */
  skipBackupOnClose(): void {
    this.backUpOnClose = false
  }

  async close(): Promise<void> {
    this.stopTimer?.()
    this.stopTimer = null
    await this.queue
    if (this.backUpOnClose && this.ctx.integrity().status !== 'corrupt') await this.backUp('quit').catch(logFailure)
    await this.taskRunner?.close()
  }

  private schedule(delay: number): void {
    this.stopTimer = this.ctx.clock.setTimer(() => void this.tick(), delay)
  }

  private async tick(): Promise<void> {
    const hours = this.settings().everyHours
    const newest = this.list().find((backup) => backup.verified)
    const due = !newest || this.ctx.clock.now() - Date.parse(newest.createdAt) >= hours * 3_600_000
    if (due && this.ctx.integrity().status !== 'corrupt') await this.backUp('auto').catch(logFailure)
    if (this.backUpOnClose) this.schedule(15 * 60_000)
  }

  private async copyNow(kind: MadeKind): Promise<BackupEntry> {
    try {
      const entry = await this.copy(kind)
      this.lastFailure = null
      return entry
    } catch (error) {
      this.lastFailure = describeFailure(error, this.ctx)
      throw error
    }
  }

  private async copy(kind: MadeKind): Promise<BackupEntry> {
    const settings = this.settings()
    // A chosen folder that is gone (a USB stick unplugged) is an error, never a folder made anew.
    if (settings.folder !== null && !existsSync(settings.folder))
      throw new AppError('backup_folder_missing', { folder: settings.folder })
    const folder = this.folder()
    removeLeftovers(folder)
    const now = new Date(this.ctx.clock.now())
    let name = backupFileName(kind, now)
    for (let attempt = 1; existsSync(join(folder, name)); attempt++) name = backupFileName(kind, now, attempt)
    const verify = kind !== 'damaged'
    const manifest = await this.runner().start('copy', {
      source: this.ctx.dataFile,
      dest: join(folder, name),
      check: verify ? 'quick' : 'none',
      ...this.fileAccess(),
    }).result
    this.rotate(now)
    const entry = this.list().find((backup) => backup.name === name)
    return entry
      ? shown(entry)
      : { name, kind, createdAt: now.toISOString(), bytes: 0, counts: manifest.counts, verified: verify }
  }

  private rotate(now: Date): void {
    const inFolder = findBackups([this.folder()])
    for (const backup of backupsToRemove(inFolder, now)) removeWithManifest(backup.file)
  }

  private runner(): TaskRunner<typeof backupTable> {
    this.taskRunner ??= this.ctx.workers.runner(backupTable, () => import('./backup-worker-path'))
    return this.taskRunner
  }
}

function describeFailure(error: unknown, ctx: HandlerContext): BackupFailure {
  const at = new Date(ctx.clock.now()).toISOString()
  if (error instanceof AppError)
    return { code: error.code, message: translate(ctx.locale(), `errors.${error.code}`, error.params), at }
  return { code: 'backup_failed', message: translate(ctx.locale(), 'errors.backup_failed', {}), at }
}

const logFailure = (error: unknown): void => console.error('[backups] automatic backup failed', error)

export const backupService = defineService('trust.backups', (ctx) => new BackupService(ctx))
