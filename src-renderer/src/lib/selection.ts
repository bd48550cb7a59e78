/**
 * Multi-select over a long, partly loaded list. "All" is a mode, not a set of 100,000 ids:
 * everything matching the current query, minus what was unticked afterwards. `anchor` is the
 * row index a shift-click extends from.
 */
export interface Selection<K> {
  all: boolean
  /** Ticked ids (when `all` is false) or unticked ids (when `all` is true). */
  ids: ReadonlySet<K>
  anchor: number | null
}

export const emptySelection = <K>(): Selection<K> => ({ all: false, ids: new Set<K>(), anchor: null })

export const selectAll = <K>(): Selection<K> => ({ all: true, ids: new Set<K>(), anchor: null })

export function isSelected<K>(selection: Selection<K>, id: K): boolean {
  return selection.all !== selection.ids.has(id)
}

/** How many rows are selected, given how many match the query. */
export function selectedCount<K>(selection: Selection<K>, total: number): number {
  return selection.all ? Math.max(0, total - selection.ids.size) : selection.ids.size
}

/** Click on a checkbox (or Ctrl/Cmd-click): flips one row and makes it the anchor. */
export function toggle<K>(selection: Selection<K>, index: number, id: K): Selection<K> {
  const ids = new Set(selection.ids)
  if (ids.has(id)) ids.delete(id)
  else ids.add(id)
  return { all: selection.all, ids, anchor: index }
}

/**
 * Shift-click: selects every row from the anchor to `index` (both included). `idAt` answers
 * for loaded rows; rows still loading in between are skipped rather than guessed. The anchor
 * stays, so a second shift-click re-extends from the same place.
 */
export function extendTo<K>(selection: Selection<K>, index: number, idAt: (index: number) => K | undefined): Selection<K> {
  const anchor = selection.anchor ?? index
  const ids = new Set(selection.ids)
  for (let i = Math.min(anchor, index); i <= Math.max(anchor, index); i++) {
    const id = idAt(i)
    if (id === undefined) continue
    if (selection.all) ids.delete(id)
    else ids.add(id)
  }
  return { all: selection.all, ids, anchor }
}
