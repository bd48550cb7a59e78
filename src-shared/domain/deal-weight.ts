/**
 * The one rounding of weighted pipeline value, used by the board's SQL (src-main/deals/board),
 * the renderer's optimistic figures and the tests: a probability is read to the basis point
 * (0.01 %), and value × probability is rounded half up to the minor unit (fen), per deal. A
 * column's weighted sum is the sum of its deals' weighted values, so the header always equals
 * what its cards add up to. Integer arithmetic throughout: value ≤ MAX_DEAL_VALUE (1e11) times
 * 10,000 basis points stays below 2^53.
 */

/** 0…1 → 0…10,000 basis points. */
export const probabilityBasisPoints = (probability: number): number => Math.round(probability * 10_000)

/** value × probability in minor units, rounded half up (values are never negative). */
export const weightedValue = (value: number, probability: number): number =>
  Math.floor((value * probabilityBasisPoints(probability) + 5_000) / 10_000)
