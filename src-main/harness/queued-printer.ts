import type { Printer } from '../ipc/context'

/** How long a print waits for the test to hand over the PDF before it gives up as unavailable. */
const WAIT_MS = 60_000

/**
 * The harness cannot print its browser's page: with the test hooks, an end-to-end test stands in
 * for Electron's `printToPDF` — while the page waits for the print, the test prints it with the
 * browser's PDF (`page.pdf()`, the same Chromium and print stylesheet) and hands the bytes over,
 * as it queues what a file dialog returns. Without the hooks nothing prints here: the handler
 * says so and the page prints with the browser's own dialog.
 */
export function queuedPrinter(): Printer & { supply(pdf: Uint8Array): void } {
  const waiting: ((pdf: Uint8Array | null) => void)[] = []
  const supplied: Uint8Array[] = []
  return {
    available: true,
    supply(pdf) {
      const next = waiting.shift()
      if (next) next(pdf)
      else supplied.push(pdf)
    },
    printToPdf() {
      const ready = supplied.shift()
      if (ready) return Promise.resolve(ready)
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(answer), 1)
          resolve(null)
        }, WAIT_MS)
        const answer = (pdf: Uint8Array | null): void => {
          clearTimeout(timer)
          resolve(pdf)
        }
        waiting.push(answer)
      })
    },
  }
}
