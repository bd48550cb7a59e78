import { taskTable } from '../../workers/task'
import { makeDemoShop, type DemoShopInput } from '../shop/make-demo-shop'

/**
 * Making the demo shop (about a second of seeding on a laptop core) off the main thread, so
 * the window's calls keep being answered meanwhile. Access `none`: it writes a file of its own,
 * never the one the backend serves.
 */
export const demoShopTable = taskTable({
  name: 'demo-shop',
  access: 'none',
  tasks: {
    make: (_db: null, input: DemoShopInput) => makeDemoShop(input),
  },
})
