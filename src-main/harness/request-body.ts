import type { IncomingMessage } from 'node:http'

/** A request the harness refuses with an HTTP status and a JSON reason (never a 500 or a reset). */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message)
  }
}

/** Most a call's body may hold: far above any real call (a saved mapping, a page of ids). */
export const BODY_LIMIT = 16 * 1024 * 1024

/**
 * Reads a JSON object body: one larger than BODY_LIMIT is a 413, one that is not a JSON object
 * a 400.
 */
export async function readJsonObject(req: IncomingMessage, limit = BODY_LIMIT): Promise<Record<string, unknown>> {
  const text = await readText(req, limit)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new HttpError(400, 'the body is not valid JSON')
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new HttpError(400, 'the body must be a JSON object')
  return body as Record<string, unknown>
}

// Events rather than `for await`: leaving that loop early destroys the request, and with it the
// socket the 413 must go out on. A client still sending when the 413 is written sees a broken
// pipe instead of the answer, so the rest of the body is read and dropped first, up to a bound.
function readText(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let refused = false
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > DRAIN_LIMIT) req.destroy()
      else if (size > limit) refused = true
      if (!refused) chunks.push(chunk)
    })
    req.on('end', () => {
      if (refused) reject(new HttpError(413, `the body is larger than ${limit} bytes`))
      else resolve(Buffer.concat(chunks).toString('utf8'))
    })
    req.on('error', reject)
  })
}

/** Past this much a refused body is not read on: the connection is cut. */
const DRAIN_LIMIT = 256 * 1024 * 1024
