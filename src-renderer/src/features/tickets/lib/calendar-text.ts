/**
 * The business calendar as the settings form writes it: a day's intervals as
 * "09:00-12:00, 13:30-18:00" and dates as a list. Parsing keeps what was typed (the main
 * process checks the meaning and names the bad day or row); it only splits the text.
 */
export type Interval = [string, string]

export const intervalsToText = (intervals: readonly Interval[]): string => intervals.map(([a, b]) => `${a}-${b}`).join(', ')

export function textToIntervals(text: string): Interval[] {
  return text
    .split(/[,，;；\n]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [start = '', end = ''] = part.split(/\s*[-–~至到]\s*/)
      return [start.trim(), end.trim()]
    })
}

export const datesToText = (dates: readonly string[]): string => dates.join('\n')

export const textToDates = (text: string): string[] =>
  text
    .split(/[\s,，;；]+/)
    .map((d) => d.trim())
    .filter(Boolean)
