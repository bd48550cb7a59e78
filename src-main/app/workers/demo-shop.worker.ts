/** The demo-shop worker thread: makes the demo shop's file with the seed code (./demo-shop-table.ts). */
import { serveTasks } from '../../workers/serve-tasks'
import { demoShopTable } from './demo-shop-table'

serveTasks(demoShopTable)
