export type PassphraseStrength = 'weak' | 'fair' | 'strong'

/**
 * A hint, not a rule (the main process only refuses fewer than 8 characters): length counts most,
 * mixing kinds of characters a little. Chinese characters count as letters — a phrase of them is
 * long enough on its own. "Strong" from 16 characters, or 12 with three kinds.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const length = [...passphrase].length
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}]/u, /\p{Lo}/u].filter((kind) => kind.test(passphrase)).length
  if (length >= 16 || (length >= 12 && kinds >= 3)) return 'strong'
  if (length >= 10 || (length >= 8 && kinds >= 3)) return 'fair'
  return 'weak'
}
