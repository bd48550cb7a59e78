/**
 * Positions of `ids` sorted by their decimal text ("10" before "9"): the engine's `rfm()`
 * breaks score ties in customerId order and took the ids as text, so RFM scored from SQL
 * totals keeps exactly the segments it had.
 */
export function idTextOrder(ids: Int32Array): Int32Array {
  const text = Array.from(ids, String)
  return Int32Array.from(text.keys()).sort((a, b) => (text[a] < text[b] ? -1 : text[a] > text[b] ? 1 : 0))
}
