/** What the chunking callback is given: the module graph as the bundler knows it. */
interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null
}

/**
 * Names the renderer's start chunks: every module the first script (`boot`) imports statically
 * goes in one chunk, and every further module the shell (`main`) imports statically in a second;
 * lazy pages and catalogs keep their own chunks. Left to itself the bundler cuts the start into
 * some 45 small shared chunks, and a browser fetches at most six at a time from one host (the
 * harness), so the start page waited for rounds of requests (issue 9).
 */
export function startChunks(entries: { boot: string; main: string }): (id: string, graph: ModuleGraph) => string | null {
  let owner: Map<string, string> | undefined
  return (id, graph) => {
    owner ??= claim(graph, [
      ['boot', entries.boot],
      ['main', entries.main],
    ])
    return owner.get(id) ?? null
  }
}

/** Each module statically reachable from an entry, named after the first entry that reaches it. */
function claim(graph: ModuleGraph, entries: readonly (readonly [string, string])[]): Map<string, string> {
  const owner = new Map<string, string>()
  for (const [name, entry] of entries) {
    const queue = [entry]
    while (queue.length > 0) {
      const id = queue.pop()!
      if (owner.has(id)) continue
      owner.set(id, name)
      queue.push(...(graph.getModuleInfo(id)?.importedIds ?? []))
    }
  }
  return owner
}
