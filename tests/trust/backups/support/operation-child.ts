/**
 * A child process for the fault tests: opens the shop in `dataDir` as the app does (a shop
 * host, workers inline), says `ready`, runs one backup or one restore through the real
 * handlers, says `done` with the answer. The parent kills it with SIGKILL somewhere between.
 * Run with vite-node: `vite-node operation-child.ts -- <backup|restore> <dataDir> [backup name]`.
 */
import { createShopHost } from '../../../../src-main/app/shop/shop-host'
import { queuedDialogs } from '../../../../src-main/harness/queued-dialogs'

const [operation, dataDir, name] = process.argv.slice(2).filter((arg) => arg !== '--')
const host = createShopHost({ dataDir, platform: 'cli', osLocale: 'en', dialogs: queuedDialogs(), workerMode: 'inline' })
process.stdout.write('ready\n')
const answer =
  operation === 'backup'
    ? await host.dispatch('backups.create', {})
    : await host.dispatch('backups.restore', { name: name ?? '' })
await host.close()
process.stdout.write(`done ${JSON.stringify(answer)}\n`)
