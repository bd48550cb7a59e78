/**
 * Header and choice text compared loosely: NFKC (full-width → ASCII), lower case, no spaces,
 * underscores, dashes, dots, slashes or brackets — `Customer_ID`, `customer id` and
 * `ＣｕｓｔｏｍｅｒＩＤ` all become `customerid`; a unit in brackets (`单价(元)`) is dropped.
 */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[\s_\-./:：*#]+/g, '')
}
