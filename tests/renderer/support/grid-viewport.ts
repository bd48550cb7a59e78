/**
 * happy-dom does no layout: give the data grid's scroller a window-sized height so the
 * virtualizer renders the rows a real window would (20 rows of 32 px).
 */
export const VIEWPORT_HEIGHT = 640
Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
  configurable: true,
  get(this: HTMLElement) {
    return this.classList.contains('data-grid__scroll') ? VIEWPORT_HEIGHT : 0
  },
})
