/** Letters that NFKD does not decompose but readers treat as plain Latin. */
const EXTRA_FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th' }

/** Lowercases and folds accents and compatibility forms: "Zürich Straße" → "zurich strasse", "Ｍérde" → "merde". */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæœøłđðþ]/g, (ch) => EXTRA_FOLDS[ch] ?? ch)
}
