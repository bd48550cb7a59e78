import { z } from 'zod'
import { channel } from '../channel'
import { wellFormed } from '../schemas'

/** Most a saved chart may hold: a 2× PNG of a chart is a few hundred KB, an SVG less. */
export const CHART_FILE_LIMITS = { png: 12_000_000, svg: 8_000_000 } as const

const messages = {
  badName: 'report.errors.badName',
  notPng: 'report.errors.notPng',
  notSvg: 'report.errors.notSvg',
} as const

/**
 * The name the save dialog suggests, without its extension (the format adds it): no folder,
 * nothing a file system refuses. The owner can change it in the dialog.
 */
const fileStem = wellFormed(z.string().trim().min(1).max(120)).refine((name) => !/[\\/:*?"<>|\p{Cc}]/u.test(name), {
  error: messages.badName,
})

/** A PNG as base64: it starts with the PNG signature (\x89PNG\r\n\x1a\n encodes to "iVBORw0KGgo"). */
const pngBase64 = z
  .string()
  .max(CHART_FILE_LIMITS.png)
  .refine((data) => data.startsWith('iVBORw0KGgo') && /^[A-Za-z0-9+/]*={0,2}$/.test(data), { error: messages.notPng })

/** An SVG document as text: ECharts' SVG renderer starts it with the root element. */
const svgText = wellFormed(z.string().max(CHART_FILE_LIMITS.svg)).refine((svg) => /^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(svg), {
  error: messages.notSvg,
})

export const saveChartInput = z.discriminatedUnion('format', [
  z.strictObject({ format: z.literal('png'), name: fileStem, data: pngBase64 }),
  z.strictObject({ format: z.literal('svg'), name: fileStem, data: svgText }),
])
export type SaveChartInput = z.output<typeof saveChartInput>

export const printReportInput = z.strictObject({ name: fileStem })

/** The file the owner saved (its name only: the path stays in the main process), or null for Cancel. */
export type SavedFile = { name: string } | null

/** Saving what the page shows: a chart as an image, the page as a printed PDF. */
export const reportChannels = {
  /** Asks where (save dialog), then writes the chart's PNG or SVG safely (temp file, fsync, rename). */
  'report.saveChart': channel<SavedFile>()(saveChartInput),
  /** Asks where, then prints the window (its print stylesheet) to an A4 PDF and writes it safely. */
  'report.printPdf': channel<SavedFile>()(printReportInput),
}
