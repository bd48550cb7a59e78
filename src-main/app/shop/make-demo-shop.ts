import { renameSync } from 'node:fs'
import type { Settings } from '../../../src-shared/ipc/channels/app'
import { DEMO_SHOP_SIZE } from '../../../src-shared/ipc/channels/app-types'
import { openDatabase } from '../../db'
import { generateShop } from '../../seed/generate-shop'
import { writeSettings } from '../../settings/settings-store'
import { demoBackupsDir, demoShopFile, removeDatabaseFiles } from './demo-files'

/**
 * The demo's size (DEMO_SHOP_SIZE): enough for every chart and list to show something real (a few hundred
 * customers, a few thousand orders, with their deals, tickets, surveys and campaigns), small
 * enough to make in about a second. The seed is fixed, so every new demo tells the same story;
 * its history ends today, so it looks current.
 */
const DEMO_SEED = { ...DEMO_SHOP_SIZE, seed: 42 }

/** What the demo takes over from the owner's shop when it is made: how the app looks and speaks. */
export type DemoLook = Pick<Settings, 'locale' | 'theme'>

export interface DemoShopInput {
  dataDir: string
  look: DemoLook
  /** The addon the main process opened its file with (the Electron build under Electron). */
  nativeBinding?: string
}

/**
 * (Re)makes the demo shop with the seed code `npm run seed` uses, in the owner's language and
 * theme of the moment (settings belong to each file afterwards). Written under another name
 * and renamed into place, so a crash leaves the previous demo (or none), never half of one.
 * The caller has closed any connection to the old demo. Runs in the demo-shop worker.
 */
export function makeDemoShop({ dataDir, look, nativeBinding }: DemoShopInput): void {
  const file = demoShopFile(dataDir)
  const making = `${file}.making`
  removeDatabaseFiles(making)
  const { db } = openDatabase(making, {
    create: true,
    nativeBinding,
    backupDir: demoBackupsDir(dataDir),
  })
  try {
    generateShop(db, { ...DEMO_SEED, locale: look.locale })
    writeSettings(db, look, look.locale)
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
