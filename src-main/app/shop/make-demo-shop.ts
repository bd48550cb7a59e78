import { renameSync } from 'node:fs'
import type { Locale } from '../../../src-shared/i18n'
import { openDatabase } from '../../db'
import { generateShop } from '../../seed/generate-shop'
import { writeSettings } from '../../settings/settings-store'
import { demoBackupsDir, demoShopFile, removeDatabaseFiles } from './demo-files'

/**
 * The demo's size: enough for every chart and list to show something real (a few hundred
 * customers, a few thousand orders, with their deals, tickets, surveys and campaigns), small
 * enough to make in about a second. The seed is fixed, so every new demo tells the same story;
 * its history ends today, so it looks current.
 */
export const DEMO_SHOP_SIZE = { customers: 300, orders: 2500, seed: 42 } as const

/**
 * (Re)makes the demo shop with the seed code `npm run seed` uses, in the language the owner
 * uses now. Written under another name and renamed into place, so a crash leaves the previous
 * demo (or none), never half of one. The caller has closed any connection to the old demo.
 */
export function makeDemoShop(dataDir: string, options: { locale: Locale; nativeBinding?: string }): void {
  const file = demoShopFile(dataDir)
  const making = `${file}.making`
  removeDatabaseFiles(making)
  const { db } = openDatabase(making, {
    create: true,
    nativeBinding: options.nativeBinding,
    backupDir: demoBackupsDir(dataDir),
  })
  try {
    generateShop(db, { ...DEMO_SHOP_SIZE, locale: options.locale })
    writeSettings(db, { locale: options.locale }, options.locale)
  } catch (error) {
    db.close()
    removeDatabaseFiles(making)
    throw error
  }
  db.close()
  removeDatabaseFiles(file)
  renameSync(making, file)
  removeDatabaseFiles(making)
}
