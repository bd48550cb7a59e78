/** What every benchmark group receives from `tests/bench/run.ts`. */
export interface BenchContext {
  /** A fresh temporary folder for this group's databases and files. */
  tmpDir: string
  /** A file from ../shared/data, or undefined when the folder is absent. */
  sharedDataFile(name: string): string | undefined
  /** Progress for humans, on stderr (stdout carries only the JSON). */
  log(msg: string): void
}

/** A group returns flat, named numbers such as `{ "customers.list.p95_ms": 3.2 }`. */
export type BenchGroup = (ctx: BenchContext) => Promise<Record<string, number>>
