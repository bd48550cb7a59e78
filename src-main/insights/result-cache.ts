/**
 * Results by request key, valid for one data version. Holding the promise, not the value,
 * means a dashboard asking twice while a model trains starts one job. When the version moves
 * every entry is dropped (they describe old data); a failed computation is not kept.
 */
export class ResultCache {
  private version = ''
  private readonly entries = new Map<string, Promise<unknown>>()

  constructor(private readonly maxEntries = 64) {}

  get<T>(key: string, version: string, compute: () => Promise<T>): Promise<T> {
    if (version !== this.version) {
      this.entries.clear()
      this.version = version
    }
    const hit = this.entries.get(key)
    if (hit) return hit as Promise<T>
    const result = compute()
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string)
    this.entries.set(key, result)
    result.catch(() => {
      if (this.entries.get(key) === result) this.entries.delete(key)
    })
    return result
  }
}
