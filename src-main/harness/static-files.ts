import { readFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
}

/** Reads a file under `root` for a URL path; undefined for anything outside it or missing. */
export async function readStatic(root: string, urlPath: string): Promise<{ body: Buffer; type: string } | undefined> {
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '')
  const file = join(root, relative || 'index.html')
  if (file !== root && !file.startsWith(root + sep)) return undefined
  try {
    return { body: await readFile(file), type: TYPES[extname(file)] ?? 'application/octet-stream' }
  } catch {
    return undefined
  }
}

/**
 * Tells the renderer it runs in the harness (see src-renderer/src/lib/ipc.ts). No secret goes
 * in the page: its calls carry the HttpOnly session cookie (./session.ts).
 */
export function markHarness(html: string): string {
  return html.replace('<head>', '<head><meta name="kehu-harness" content="cookie">')
}
