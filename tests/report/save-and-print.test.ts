import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { queuedPrinter } from '../../src-main/harness/queued-printer'
import { makeTempDir } from '../support/temp-dir'
import { openTestBackend, type TestBackend } from '../support/test-db'

/** A real 3×2 RGB PNG (signature, IHDR, IDAT, IEND with their CRCs), made here, not copied. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (bytes: Buffer): number =>
    (bytes.reduce((c, b) => crcTable[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const out = Buffer.alloc(8 + data.length + 4)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc(body), 8 + data.length)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(3, 0)
  header.writeUInt32BE(2, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const rows = Buffer.concat([0, 0].map(() => Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 255])))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>月度销售额</text></svg>'

let backend: TestBackend
let folder: { dir: string; cleanup(): void }
beforeEach(() => {
  backend = openTestBackend({ osLocale: 'zh-CN' })
  folder = makeTempDir('kehu-save-')
})
afterEach(() => {
  backend.close()
  folder.cleanup()
})

const hiddenLeftovers = (): string[] => readdirSync(folder.dir).filter((name) => name.includes('kehu-part'))

describe('report.saveChart writes the file the owner chose, safely', () => {
  it('writes a PNG byte for byte and an SVG as UTF-8, adding the extension the name lacks', async () => {
    const png = tinyPng()
    backend.dialogs.queue('saveFile', join(folder.dir, 'sales.png'))
    const saved = await backend.dispatch('report.saveChart', { format: 'png', name: '月度销售额', data: png.toString('base64') })
    expect(saved).toEqual({ ok: true, data: { name: 'sales.png' } })
    expect(readFileSync(join(folder.dir, 'sales.png')).equals(png)).toBe(true)

    backend.dialogs.queue('saveFile', join(folder.dir, 'sales'))
    const svg = await backend.dispatch('report.saveChart', { format: 'svg', name: '月度销售额', data: SVG })
    expect(svg).toEqual({ ok: true, data: { name: 'sales.svg' } })
    expect(readFileSync(join(folder.dir, 'sales.svg'), 'utf8')).toBe(SVG)
    expect(hiddenLeftovers()).toEqual([])
  })

  it('replaces a file of the chosen name (the dialog asked) and writes nothing on Cancel', async () => {
    const target = join(folder.dir, 'chart.svg')
    writeFileSync(target, 'old')
    backend.dialogs.queue('saveFile', target)
    await backend.dispatch('report.saveChart', { format: 'svg', name: 'chart', data: SVG })
    expect(readFileSync(target, 'utf8')).toBe(SVG)
    backend.dialogs.queue('saveFile', null)
    const cancelled = await backend.dispatch('report.saveChart', { format: 'svg', name: 'other', data: SVG })
    expect(cancelled).toEqual({ ok: true, data: null })
    expect(readdirSync(folder.dir)).toEqual(['chart.svg'])
  })

  it('refuses what is not a PNG or an SVG, or a name with a folder in it, before any dialog', async () => {
    const bad = [
      { format: 'png', name: 'x', data: Buffer.from('GIF89a').toString('base64') },
      { format: 'svg', name: 'x', data: '<html><svg></svg></html>' },
      { format: 'png', name: '../x', data: tinyPng().toString('base64') },
      { format: 'gif', name: 'x', data: 'R0lGOD' },
      { format: 'svg', name: 'x', data: `<svg>${'a'.repeat(8_000_001)}</svg>` },
    ]
    for (const input of bad) {
      backend.dialogs.queue('saveFile', join(folder.dir, 'never.png'))
      const result = await backend.dispatch('report.saveChart', input)
      expect(result).toMatchObject({ ok: false, error: { code: 'validation' } })
      if (!result.ok) expect(result.error.message).not.toMatch(/report\.errors|\{\{/)
      backend.dialogs.saveFile({ defaultName: '' }) // the unused answer, so the next input starts clean
    }
    expect(readdirSync(folder.dir)).toEqual([])
  })

  it('says in words when the chosen folder is gone, leaving nothing behind', async () => {
    // A folder removed (or a USB stick pulled) while the dialog was open; also fails as root.
    backend.dialogs.queue('saveFile', join(folder.dir, 'gone', 'chart.png'))
    const result = await backend.dispatch('report.saveChart', {
      format: 'png',
      name: 'chart',
      data: tinyPng().toString('base64'),
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'export_not_writable', params: { target: 'chart.png' } } })
    expect(readdirSync(folder.dir)).toEqual([])
  })
})

describe('report.printPdf', () => {
  it('is refused in words where nothing can print, before asking where', async () => {
    backend.dialogs.queue('saveFile', join(folder.dir, 'report.pdf'))
    const result = await backend.dispatch('report.printPdf', { name: '报告' })
    expect(result).toMatchObject({ ok: false, error: { code: 'print_unavailable' } })
    if (!result.ok) expect(result.error.message).toContain('Ctrl+P')
    expect(existsSync(join(folder.dir, 'report.pdf'))).toBe(false)
  })

  it('writes what the printer made to the chosen file, as .pdf', async () => {
    const printer = queuedPrinter()
    backend.ctx.printer = printer
    const pdf = Buffer.from('%PDF-1.7\n% a printed page\n%%EOF\n')
    backend.dialogs.queue('saveFile', join(folder.dir, 'report'))
    const pending = backend.dispatch('report.printPdf', { name: '报告' })
    printer.supply(pdf)
    expect(await pending).toEqual({ ok: true, data: { name: 'report.pdf' } })
    expect(readFileSync(join(folder.dir, 'report.pdf')).equals(pdf)).toBe(true)
    backend.dialogs.queue('saveFile', null)
    expect(await backend.dispatch('report.printPdf', { name: '报告' })).toEqual({ ok: true, data: null })
  })
})
