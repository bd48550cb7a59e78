/** The longest wait between tries, however many went wrong: five minutes. */
export const MAX_WAIT_SECONDS = 300

/** Seconds before the next try after `failures` wrong ones in a row: 1, 2, 4, 8 … capped. */
export const waitAfter = (failures: number): number =>
  failures <= 0 ? 0 : Math.min(2 ** Math.min(failures - 1, 30), MAX_WAIT_SECONDS)

/** Whole seconds left until `retryAt` (rounded up: "1 s" while any of it is left). */
export const secondsUntil = (retryAt: number, now: number): number => Math.max(0, Math.ceil((retryAt - now) / 1000))
