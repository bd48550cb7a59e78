/** The data layer's public surface: open, migrate, back up, transact. */
export { openDatabase, type OpenOptions, type OpenResult } from './open-database'
export { migrate, type MigrateOptions, type MigrateResult } from './migrate'
export { bundledMigrations, latestVersion, migrationChecksum, parseMigrations, type Migration } from './migrations'
export { backupDatabase, listBackups, preMigrationBackupName, snapshotDatabase, type BackupInfo } from './backup'
export { writeTransaction } from './transaction'
export { resolveDataDir, dataFilePath, backupsDir, DATA_FILE_NAME, BACKUPS_DIR_NAME } from './data-dir'
export { KEHU_APPLICATION_ID, MIGRATIONS_TABLE, readSchemaState, type SchemaState } from './schema-state'
