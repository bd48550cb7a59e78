const UNITS = ['B', 'KB', 'MB', 'GB'] as const

/** 512 B, 1.5 MB: a file's size, the number in the UI language's digits. */
export function formatSize(bytes: number, number: (value: number, digits?: number) => string): string {
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  return `${number(value, unit === 0 ? 0 : 1)} ${UNITS[unit]}`
}
