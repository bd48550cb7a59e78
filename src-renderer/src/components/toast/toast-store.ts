import { create } from 'zustand'

export type ToastTone = 'info' | 'success' | 'error'

export interface ToastOptions {
  message: string
  tone?: ToastTone
  /** One button, e.g. `{ label: t('common:undo'), onAction: undoDelete }`; clicking it dismisses. */
  action?: { label: string; onAction(): void }
  /** Auto-dismiss after this many ms (paused while hovered or focused); 0 keeps it. Default 6000, errors 10000. */
  durationMs?: number
}

export interface Toast extends Required<Omit<ToastOptions, 'action'>> {
  id: number
  action?: ToastOptions['action']
}

interface ToastStore {
  toasts: Toast[]
  show(options: ToastOptions): number
  dismiss(id: number): void
}

const MAX_VISIBLE = 4
let nextId = 1

/** Toasts are UI: call `showToast` from components and event handlers, not from store actions. */
export const useToastStore = create<ToastStore>()((set) => ({
  toasts: [],
  show: ({ message, tone = 'info', action, durationMs }) => {
    const id = nextId++
    const toast: Toast = { id, message, tone, action, durationMs: durationMs ?? (tone === 'error' ? 10_000 : 6_000) }
    set((s) => ({ toasts: [...s.toasts, toast].slice(-MAX_VISIBLE) }))
    return id
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}))

/** Shows a toast; returns its id for `dismissToast`. */
export const showToast = (options: ToastOptions): number => useToastStore.getState().show(options)
export const dismissToast = (id: number): void => useToastStore.getState().dismiss(id)
