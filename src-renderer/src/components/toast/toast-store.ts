import { create } from 'zustand'

export type ToastTone = 'info' | 'success' | 'error'

export interface ToastOptions {
  message: string
  tone?: ToastTone
  /** One button, e.g. `{ label: t('common:undo'), onAction: undoDelete }`; clicking it dismisses. */
  action?: { label: string; onAction(): void }
  /** Auto-dismiss after this many ms (paused while hovered or focused); 0 keeps it. Default 6000, errors 10000. */
  durationMs?: number
  /**
   * Called once when the toast goes: its action was clicked, it was dismissed, or it expired
   * (also when newer toasts push it out). A delayed action (delete for good) runs on anything
   * but `action` (Undo).
   */
  onClose?(reason: ToastCloseReason): void
}

export type ToastCloseReason = 'action' | 'dismissed' | 'expired'

export interface Toast extends Required<Omit<ToastOptions, 'action' | 'onClose'>> {
  id: number
  action?: ToastOptions['action']
  onClose?: ToastOptions['onClose']
}

interface ToastStore {
  toasts: Toast[]
  show(options: ToastOptions): number
  dismiss(id: number, reason?: ToastCloseReason): void
}

const MAX_VISIBLE = 4
let nextId = 1

/** Toasts are UI: call `showToast` from components and event handlers, not from store actions. */
export const useToastStore = create<ToastStore>()((set, get) => ({
  toasts: [],
  show: ({ message, tone = 'info', action, durationMs, onClose }) => {
    const id = nextId++
    const toast: Toast = { id, message, tone, action, onClose, durationMs: durationMs ?? (tone === 'error' ? 10_000 : 6_000) }
    const all = [...get().toasts, toast]
    set({ toasts: all.slice(-MAX_VISIBLE) })
    all.slice(0, -MAX_VISIBLE).forEach((pushedOut) => pushedOut.onClose?.('expired'))
    return id
  },
  dismiss: (id, reason = 'dismissed') => {
    const toast = get().toasts.find((t) => t.id === id)
    if (!toast) return
    set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }))
    toast.onClose?.(reason)
  },
}))

/** Shows a toast; returns its id for `dismissToast`. */
export const showToast = (options: ToastOptions): number => useToastStore.getState().show(options)
export const dismissToast = (id: number): void => useToastStore.getState().dismiss(id)
