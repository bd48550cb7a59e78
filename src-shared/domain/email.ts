/** The duplicate-check form of an email: trimmed and lower-cased (mailboxes are case-blind in practice). */
export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase()
}
