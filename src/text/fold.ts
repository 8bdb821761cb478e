// Letters NFKD does not decompose into ASCII; folded so "Schrodinger" finds "Schrödinger".
const SPECIAL: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ℓ: 'l', '×': 'x',
};
const SPECIAL_RE = /[ßæœøłđðþıℓ×]/g;

/** Lower-cases and strips diacritics: "Schrödinger ℓp" → "schrodinger lp". */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c);
}

/** Folded words made only of letters and digits, split on everything else. */
export function words(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** Folded text with all spaces and punctuation removed: "Edge-MoE" and "edge moe" both → "edgemoe". */
export function compact(text: string): string {
  return words(text).join('');
}
