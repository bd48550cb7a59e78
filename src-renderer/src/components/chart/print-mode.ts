import { create } from 'zustand'
import { applyTheme } from '../../lib/theme'

/**
 * Print mode: while the page is being printed, every chart shows an SVG copy of itself (crisp
 * at any resolution, where a canvas prints blurry) and the page takes the light theme (paper is
 * white). `<html data-printing>` says "on" and then "ready" once every chart has its copy.
 */
export const usePrintMode = create<{ printing: boolean }>(() => ({ printing: false }))

let themeBefore: 'light' | 'dark' | null = null

export function setPrinting(on: boolean): void {
  if (usePrintMode.getState().printing === on) return
  const root = document.documentElement
  if (on) {
    themeBefore = root.dataset.theme === 'dark' ? 'dark' : 'light'
    applyTheme('light')
    root.dataset.printing = 'on'
  } else {
    if (themeBefore) applyTheme(themeBefore)
    delete root.dataset.printing
  }
  usePrintMode.setState({ printing: on })
}

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()))

/** Resolves when every chart on the page shows its decoded SVG copy (or after `timeoutMs`). */
export async function whenPrintReady(timeoutMs = 3000): Promise<void> {
  const until = performance.now() + timeoutMs
  while (performance.now() < until) {
    await nextFrame()
    const charts = document.querySelectorAll('.chart__box').length
    const copies = [...document.querySelectorAll<HTMLImageElement>('img.chart__print')]
    if (copies.length >= charts) {
      await Promise.all(copies.map((image) => image.decode().catch(() => undefined)))
      break
    }
  }
  if (document.documentElement.dataset.printing) document.documentElement.dataset.printing = 'ready'
}
