import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

const COOKIE = 'kehu_session'

const secret = (): string => randomBytes(24).toString('hex')

/** Compares secrets in constant time (a wrong guess learns nothing from the timing). */
function same(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/**
 * Who may use the harness. The process that started it holds `token` (printed once on its
 * stdout, never served) and sends it as `x-kehu-token`. A browser page proves itself with an
 * HttpOnly, SameSite=Strict session cookie it got by opening a one-time link: the page is
 * served to nobody else, and no script (nor any other local process asking `GET /`) can read
 * a secret from it.
 */
export function createSessions() {
  const token = secret()
  const keys = new Set<string>()
  const sessions = new Set<string>()
  const isOwner = (req: IncomingMessage): boolean => {
    const supplied = req.headers['x-kehu-token']
    return typeof supplied === 'string' && same(supplied, token)
  }
  return {
    token,
    /** A link that opens the app once: its key is spent on first use. */
    launchKey(): string {
      const key = secret()
      keys.add(key)
      return key
    },
    /** Spends `key`; returns the Set-Cookie header of a new session, or null for a bad or used key. */
    redeem(key: string): string | null {
      const found = [...keys].find((k) => same(k, key))
      if (!found) return null
      keys.delete(found)
      const session = secret()
      sessions.add(session)
      return `${COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/`
    },
    /** True for the starting process (its token) — test hooks and new links are for it alone. */
    isOwner,
    /** True for the owner or a page that opened a link. */
    isAllowed(req: IncomingMessage): boolean {
      if (isOwner(req)) return true
      const session = cookieValue(req.headers.cookie, COOKIE)
      return session !== undefined && [...sessions].some((s) => same(s, session))
    },
  }
}

export type Sessions = ReturnType<typeof createSessions>

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return value.join('=')
  }
  return undefined
}
