/** `ids` names every one of `all` exactly once (a reorder that forgets or repeats one is refused). */
export const listsEachOnce = (ids: readonly number[], all: readonly number[]): boolean =>
  ids.length === all.length && new Set(ids).size === ids.length && all.every((id) => ids.includes(id))
