// Most abstracts hold no LaTeX at all; these cheap tests let them skip the rules. Together they
// must match wherever any rule (bareLatex.ts, escapedLatex.ts, resolveBraces.ts) could.
const HINT_CHARACTERS = /[\\{}$^_~`\uE002-\uE006]|''|--|(?:^|\s)%[A-Za-z]/;
const GREEK_NAMES = 'alpha|beta|gamma|delta|zeta|eta|theta|vartheta|iota|kappa|lambda|mu|nu|xi|pi|varpi|rho|varrho|sigma|varsigma|tau|upsilon|phi|varphi|chi|psi|omega|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Upsilon|Phi|Psi|Omega';
// `\b` treats `_` as a letter, but any `_` already makes HINT_CHARACTERS match.
export const HINT_GREEK = new RegExp(`\\b(?:${GREEK_NAMES})\\b`);
const HINT_LITERALS = [
  'epsilon', 'arrow', 'seteq', 'infty', 'triangleq', 'circledR', 'floor', 'ceil', 'nabla', 'langle', 'rangle', 'ldots',
  ',dots,', 'cdot', 'eqslant', 'mathcal', 'mathbb', 'mathfrak', 'mathsf', 'mathrm', 'mathbf', 'mathit', 'mathtt',
  'mathscr', 'boldsymbol', 'textbf', 'textit', 'texttt', 'textrm', 'textsf', 'textsc', 'textnormal', 'operatorname',
  'sqrt', 'tilde', 'widehat', 'scriptsize', 'footnotesize', 'normalsize', 'bullet', 'vartheta', 'varphi', 'varrho',
  'varsigma', 'varkappa', 'varpi', ' le ', ' ge ', ' ll ', ' gg ', ' pm ', ' approx ',
];
const HINT_CONTEXT = new RegExp([
  '[lgn]eq(?![A-Za-z])|[Bb]ig{1,2}[()[\\]{}|]|left[([|{]|right[)\\]|}]|circ(?![A-Za-z])| in [A-Z]\\)',
  '[\\d\\])}]times|\\b[A-Za-z]times\\b|\\b[A-Za-z0-9] times [A-Za-z0-9]\\b',
].join('|'));

/** Whether any cleaning rule could match: most abstracts hold no LaTeX and skip them all. */
export function mayHoldLatex(text: string): boolean {
  return HINT_CHARACTERS.test(text) || HINT_LITERALS.some((word) => text.includes(word)) || HINT_CONTEXT.test(text) || HINT_GREEK.test(text);
}
