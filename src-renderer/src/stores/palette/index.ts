import { create } from 'zustand'

/** Whether the command palette is open; the shortcut and the top bar's search button share it. */
interface PaletteStore {
  open: boolean
  setOpen(open: boolean): void
  toggle(): void
}

export const usePaletteStore = create<PaletteStore>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
  toggle: () => set((s) => ({ open: !s.open })),
}))

export const selectPaletteOpen = (s: PaletteStore): boolean => s.open
