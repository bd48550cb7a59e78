type Typed = Int32Array | Float64Array | Uint8Array

/**
 * A column of numbers filled row by row from a statement's `.raw().iterate()`, so an analysis
 * holds 4–8 bytes per value instead of one row array per customer or order line (a 1M-line
 * shop read with `.all()` kept 100–200 MB of row arrays alive at once). It doubles as rows come,
 * since a grouped pass does not say its row count before it ends.
 */
export class TypedColumn<T extends Typed> {
  private data: T
  private size = 0

  constructor(
    private readonly Type: new (length: number) => T,
    capacity = 1024,
  ) {
    this.data = new Type(Math.max(1, capacity))
  }

  get length(): number {
    return this.size
  }

  push(value: number): void {
    if (this.size === this.data.length) {
      const bigger = new this.Type(this.size * 2)
      bigger.set(this.data as never)
      this.data = bigger
    }
    this.data[this.size++] = value
  }

  /** The values pushed, in a typed array of their own length. */
  done(): T {
    return this.data.slice(0, this.size) as T
  }
}

export const int32Column = (): TypedColumn<Int32Array> => new TypedColumn(Int32Array)
export const float64Column = (): TypedColumn<Float64Array> => new TypedColumn(Float64Array)
export const uint8Column = (): TypedColumn<Uint8Array> => new TypedColumn(Uint8Array)
