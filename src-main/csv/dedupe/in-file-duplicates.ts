import type { InFileDuplicateGroup, InFilePolicy } from '../../../src-shared/ipc/channels/csv-import'

/** What the import does with one row, given the rows of the file that are the same record. */
export type RowDecision =
  | { kind: 'write' }
  /** A later row of a record kept as its own record ("keep both"): it must not match the first. */
  | { kind: 'fresh' }
  | { kind: 'skip' }
  /** "Keep both" is impossible: the row repeats a value that is unique (a code, a SKU). */
  | { kind: 'fail'; key: string; value: string; of: number }

const WRITE: RowDecision = { kind: 'write' }
const FRESH: RowDecision = { kind: 'fresh' }
const SKIP: RowDecision = { kind: 'skip' }
const SAMPLE_GROUPS = 100
const SAMPLE_ROWS = 20

interface Link {
  key: string
  value: string
}

/**
 * Rows of one file that are the same record: rows sharing a value on any active match key are
 * one group (transitively: row 2 and row 9 share a phone, row 9 and row 5 an email). Fed every
 * valid row before anything is written, then asked for each row's decision under the policy.
 */
export class InFileDuplicates {
  private readonly parent = new Map<number, number>()
  private readonly firstRow = new Map<string, number>()
  private readonly link = new Map<number, Link>()
  private readonly uniqueClash = new Map<number, Link & { of: number }>()
  private groups = new Map<number, number[]>()
  private decisions = new Map<number, RowDecision>()

  constructor(
    readonly policy: InFilePolicy,
    private readonly uniqueKeys: ReadonlySet<string>,
  ) {}

  /** One valid row and its value for each active key (rows arrive in file order). */
  add(row: number, values: readonly (readonly [string, string | null | undefined])[]): void {
    for (const [key, value] of values) {
      if (!value) continue
      const id = `${key}\u0000${value}`
      const first = this.firstRow.get(id)
      if (first === undefined) {
        this.firstRow.set(id, row)
        continue
      }
      if (!this.link.has(row)) this.link.set(row, { key, value })
      if (this.uniqueKeys.has(key) && !this.uniqueClash.has(row)) this.uniqueClash.set(row, { key, value, of: first })
      this.union(first, row)
    }
  }

  /** Groups the rows and decides each under the policy; call once, after the last `add`. */
  finish(): void {
    this.firstRow.clear()
    const groups = new Map<number, number[]>()
    for (const row of this.parent.keys()) {
      const root = this.find(row)
      const members = groups.get(root)
      if (members) members.push(row)
      else groups.set(root, [row])
    }
    for (const rows of groups.values()) {
      rows.sort((a, b) => a - b)
      rows.forEach((row, i) => this.decisions.set(row, this.decide(rows, i)))
    }
    this.groups = groups
  }

  decision(row: number): RowDecision {
    return this.decisions.get(row) ?? WRITE
  }

  summary(): { policy: InFilePolicy; groups: number; rows: number; samples: InFileDuplicateGroup[] } {
    const all = [...this.groups.values()].sort((a, b) => a[0] - b[0])
    const samples = all.slice(0, SAMPLE_GROUPS).map((rows): InFileDuplicateGroup => {
      const { key, value } = this.link.get(rows[1]) ?? { key: '', value: '' }
      const kept = rows.filter((row) => {
        const kind = this.decision(row).kind
        return kind === 'write' || kind === 'fresh'
      })
      return { rows: rows.slice(0, SAMPLE_ROWS), size: rows.length, key, value, kept: kept.slice(0, SAMPLE_ROWS) }
    })
    return { policy: this.policy, groups: all.length, rows: all.reduce((n, rows) => n + rows.length, 0), samples }
  }

  private decide(rows: number[], i: number): RowDecision {
    switch (this.policy) {
      case 'first':
        return i === 0 ? WRITE : SKIP
      case 'last':
        return i === rows.length - 1 ? WRITE : SKIP
      case 'skip':
        return SKIP
      case 'both': {
        if (i === 0) return WRITE
        const clash = this.uniqueClash.get(rows[i])
        return clash ? { kind: 'fail', ...clash } : FRESH
      }
    }
  }

  private find(row: number): number {
    let root = row
    for (let up = this.parent.get(root); up !== undefined && up !== root; up = this.parent.get(root)) root = up
    for (let at = row; at !== root;) {
      const next = this.parent.get(at) as number
      this.parent.set(at, root)
      at = next
    }
    return root
  }

  /** The earlier row stays the root, so a group is named by its first row. */
  private union(a: number, b: number): void {
    if (!this.parent.has(a)) this.parent.set(a, a)
    if (!this.parent.has(b)) this.parent.set(b, b)
    const [ra, rb] = [this.find(a), this.find(b)]
    if (ra !== rb) this.parent.set(Math.max(ra, rb), Math.min(ra, rb))
  }
}
