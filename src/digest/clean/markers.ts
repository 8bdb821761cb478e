// Private-use characters are stripped from the input (normalizeCharacters.ts), so the cleaner
// uses them as markers between its steps.
export const URL_OPEN = '\uE000';
export const URL_CLOSE = '\uE001';
export const URL_DIGIT = 0xe010; // URL_DIGIT + d encodes digit d of a placeholder's index.
export const UNWRAP = '\uE002'; // `emph{`, `mathcal{`, `textbf{`… : the group is plain text.
export const SQRT = '\uE003'; // `sqrt{`: the group is a radicand.
export const TILDE = '\uE004'; // `widetilde`, `tilde`: a tilde accent over the next letter.
export const FRAC = '\uE006'; // `frac{`: the group is a whole fraction.
