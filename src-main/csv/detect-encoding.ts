import iconv from 'iconv-lite'
import { AppError } from '../../src-shared/ipc/app-error'
import { HEAD_BYTES } from './source'

export const ENCODINGS = ['utf8', 'gb18030', 'utf16le', 'utf16be'] as const
export type Encoding = (typeof ENCODINGS)[number]

export interface DetectedEncoding {
  encoding: Encoding
  /** Bytes of byte-order mark to skip. */
  bom: number
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * BOM → strict UTF-8 → GB18030 (what Chinese Excel writes) → refuse. `head` may end in the
 * middle of a character, so up to 3 trailing bytes are ignored by the UTF-8 check.
 */
export function detectEncoding(head: Buffer): DetectedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf8', bom: 3 }
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf16le', bom: 2 }
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf16be', bom: 2 }
  if (head.length === 0) throw new AppError('csv_empty')
  if (head.includes(0)) throw new AppError('csv_binary')
  if (isUtf8(head)) return { encoding: 'utf8', bom: 0 }
  if (looksLikeGb18030(head)) return { encoding: 'gb18030', bom: 0 }
  throw new AppError('csv_encoding_unknown')
}

function isUtf8(head: Buffer): boolean {
  for (let cut = 0; cut <= Math.min(3, head.length - 1); cut++) {
    try {
      strictUtf8.decode(head.subarray(0, head.length - cut))
      return true
    } catch {
      // try again without a possibly split last character
    }
  }
  return false
}

/**
 * GB18030 maps almost any byte pair to some character, so "decodes" is not enough: garbage
 * bytes also yield replacement characters and many C0 control codes. A real text file encodes
 * back to exactly its bytes (a replacement character the data really holds survives that; one
 * the decoder made up for bad bytes does not) and has at most a stray control code.
 */
function looksLikeGb18030(head: Buffer): boolean {
  // Only a head cut at the limit can end inside a (up to 4-byte) character.
  const cuts = head.length < HEAD_BYTES ? [0] : [0, 1, 2, 3]
  const text = cuts.map((cut) => decodeExactly(head.subarray(0, head.length - cut))).find((t) => t !== null)
  if (text === undefined || text === null) return false
  // eslint-disable-next-line no-control-regex -- counting control characters is the point: text has almost none.
  const controls = text.match(/[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/g)?.length ?? 0
  return controls <= text.length / 100
}

function decodeExactly(bytes: Buffer): string | null {
  const text = iconv.decode(bytes, 'gb18030')
  return iconv.encode(text, 'gb18030').equals(bytes) ? text : null
}

/**
 * Checks the user's override against the head: a wrong choice would import mojibake,
 * so UTF-8 that is not valid UTF-8 is refused with a message naming the encoding.
 */
export function checkOverride(head: Buffer, encoding: Encoding): DetectedEncoding {
  const detected = safeDetect(head)
  const bom = detected?.encoding === encoding ? detected.bom : 0
  if (encoding === 'utf8' && !isUtf8(head.subarray(bom))) throw new AppError('csv_encoding_mismatch', { encoding })
  return { encoding, bom }
}

function safeDetect(head: Buffer): DetectedEncoding | null {
  try {
    return detectEncoding(head)
  } catch {
    return null
  }
}

/** Decodes the detection head (for dialect sniffing and the preview). */
export function decodeHead(head: Buffer, { encoding, bom }: DetectedEncoding): string {
  return iconv.decode(head.subarray(bom), encoding)
}
