import { GREEK, GREEK_IN_MATH_RE } from '../greekLetters.js';
import { SYMBOLS } from './escapedLatex.js';
import { HINT_GREEK } from './latexHints.js';
import { FRAC, SQRT, TILDE, UNWRAP } from './markers.js';

// Commands whose backslash the scraper stripped. Each rule needs a context that English lacks.

// Style commands never found inside English words, removed even when glued to their operand.
const STYLE_NAMES = 'mathcal|mathbb|mathfrak|mathsf|mathrm|mathbf|mathit|mathtt|mathscr|boldsymbol|textbf|textit|texttt|textrm|textsf|textsc|textnormal|operatorname';

type Replacement = string | ((match: string, ...groups: string[]) => string);

interface Rule {
  /** The rule can only match where one of these occurs; checking first keeps long lines fast. */
  readonly needles: readonly (string | RegExp)[];
  readonly pattern: RegExp;
  readonly replacement: Replacement;
}

function rule(needles: string | RegExp | readonly (string | RegExp)[], pattern: RegExp, replacement: Replacement): Rule {
  return { needles: typeof needles === 'string' || needles instanceof RegExp ? [needles] : needles, pattern, replacement };
}

const BARE_RULES: readonly Rule[] = [
  // Font sizes glued to a word: `Inference Scaling scriptsizeFLaws`.
  rule('size', /(?:scriptsize|footnotesize|normalsize)/g, ''),
  // `{bf 1}_n`, `{cal L}_N`, `{\it neural code}`, `^{tiny TM}`: a switch opening a group.
  rule('{', /\{\s?(?:bf|cal|it|rm|em|sf|tt|sc|sl|tiny|small|large|Large|bfseries|itshape)\s+/g, '{'),
  // Delimiter sizes: `Obig(`, `big[`, `Oleft(`, `dB_Lright)`; English `big (` or `left and right)` stays.
  // A closing size follows the expression it closes (`d}big)`, `(3/2)) Big)`): `(Think Big)` keeps its word.
  rule(['big', 'Big'], /(?:big|Big|bigg|Bigg)(?=[([{|])|(?<=[^\s([{]|[)\]}] )(?:big|Big|bigg|Bigg)(?=[)\]}])/g, ''),
  rule('left', /left(?=[([|{])/g, ''),
  rule('right', /right(?<=[^\s([{]right)(?=[)\]|}])/g, ''),
  // Symbols whose names no English word contains (checked against a dictionary).
  rule('epsilon', /(?:var)?epsilon/g, 'ε'),
  rule('var', /var(theta|phi|rho|sigma|kappa|pi)/g, (_, name: string) => GREEK[`var${name}`] ?? name),
  rule('arrow', /Rightarrow|Leftarrow|leftrightarrow|rightarrow|leftarrow/g, (name) => SYMBOLS[name] ?? name),
  rule(['subseteq', 'supseteq', 'infty', 'triangleq', 'circledR', 'floor', 'ceil', 'nabla'],
    /subseteq|supseteq|infty|triangleq|circledR|lfloor|rfloor|lceil|rceil|nabla/g, (name) => SYMBOLS[name] ?? name),
  rule('langle', /langle(?!y)/g, '⟨'),
  rule('rangle', /rangle(?<![Ss]trangle|[Aa]drangle|[Ww]rangle)/g, '⟩'),
  rule('dots', /ldots|dots(?<=,dots)(?=,)/g, '…'),
  rule('cdot', /cdots/g, '⋯'),
  rule('cdot', /cdot(?<![Aa]necdot)(?!a)/g, '·'),
  rule('eq', /(?:leq|leqslant)(?![A-Za-z])/g, '≤'),
  rule('eq', /(?:geq|geqslant)(?![A-Za-z])/g, '≥'),
  rule('neq', /neq(?![A-Za-z])/g, '≠'),
  // Short names only where they stand before a one-letter operand: `Gamma le S`, `m gg n`, `1 pm ε`.
  rule([' le ', ' ge ', ' ll ', ' gg '], / (?:le|ge|ll|gg)(?<=\S (?:le|ge|ll|gg))(?= \S(?:[\s,.;)]|$))/g, (m) => ` ${SYMBOLS[m.trim()] ?? m.trim()}`),
  rule(' pm ', / pm(?<=[\p{L}\p{N})] pm)(?= (?![aI](?:\s|$))\S(?:[\s,.;)]|$))/gu, ' ±'),
  rule(' approx ', / approx(?<=\S approx)(?= [\d.]+(?:[\s,;)]|$))/g, ' ≈'),
  rule('rtimes', /(?<![A-Za-z])rtimes(?![A-Za-z])/g, '⋊'),
  rule('circ', /circ(?<=[A-Za-z\s]circ)(?=\s+[A-Z])|(?<![A-Za-z])circ(?![A-Za-z])/g, ' ∘'),
  // `bullet` as a list marker (`time. bullet On the negative side`) or in math (`x^bullet`); the
  // word (`a bullet point`) stays.
  rule('bullet', /(?:(?<=(?:^|[.:;]) )|^)bullet(?= [A-Z])|(?<=[_^{])bullet(?![A-Za-z])/g, '•'),
  // Styles: `mathcal{O}` keeps its group as text; `mathcal O`, `mathfrak S` lose the name.
  rule(['math', 'text', 'bold', 'operatorname', 'bm{', 'mbox{', 'url{', 'href{', 'emph{'],
    new RegExp(`(?:${STYLE_NAMES}|(?<![A-Za-z])(?:text|bm|mbox|url|href)|emph)(?=\\{)`, 'g'), UNWRAP),
  rule(['math', 'text', 'bold', 'operatorname'], new RegExp(`(?:${STYLE_NAMES})\\s?`, 'g'), ''),
  // `sqrt[3]{x}` keeps its index as an exponent so that no digit is lost.
  rule('sqrt[', /sqrt\[([^\]{}]{1,8})\]\{([^{}]{0,200})\}/g, (_, index: string, radicand: string) => `(${radicand})^(1/${index})`),
  rule('sqrt{', /sqrt(?=\{)/g, SQRT),
  rule('sqrt', /(?<![A-Za-z])sqrt\s?(?=[A-Za-z0-9(])/g, '√'),
  rule('frac{', /(?<![A-Za-z])d?frac(?=\{)/g, FRAC),
  // A bare `tilde` accents a one-letter operand (`tilde O(…)`, `tilde{x}`, `tilde Theta(…)`); the
  // word before a word (`the tilde Key`, `tilde I typed`) stays.
  rule(['wide', 'tilde'], /widetilde|widehat|(?<![A-Za-z])tilde(?=\s?(?:(?!I(?![A-Za-z]))[A-Z](?![A-Za-z])|\{|(?:Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Upsilon|Phi|Psi|Omega)(?:\(|big|Big)))/g, TILDE),
  // Big operators and superscripts: `sum_{i=1}`, `QK^top`, `W^star`, `A^dagger`, `Intel^circledR`.
  rule(['sum', 'prod', 'int'], /(?<![A-Za-z])(?:sum|prod|int|oint)(?=[_^])/g, (name) => SYMBOLS[name] ?? name),
  rule('^', /\^(top|star|dagger|prime)(?![A-Za-z])/g, (_, name: string) =>
    name === 'prime' ? '′' : `^${name === 'top' ? 'T' : name === 'star' ? '*' : '†'}`),
  rule('^', /\^(?:\{\s?(®|TM)\s?\}|(®))/g, (_, braced?: string, bare?: string) => ((braced ?? bare) === '®' ? '®' : '™')),
  // `ell_p` → ℓp, `ell_{infty}` → ℓ∞, `ell^2` → ℓ^2.
  rule('ell_{', /(?<![A-Za-z])ell_\{([^{}]{1,12})\}/g, 'ℓ$1'),
  rule('ell_', /(?<![A-Za-z])ell_(?=[A-Za-z0-9∞])/g, 'ℓ'),
  rule('ell^', /(?<![A-Za-z])ell(?=\^)/g, 'ℓ'),
  // Greek letters.
  // Greek letters, only in mathematical company (greekLetters.ts): `Delta Tuning` is a title.
  rule([HINT_GREEK, '_'], GREEK_IN_MATH_RE, (name) => GREEK[name] ?? name),
  // `tilde O(…)` → Õ(…).
  rule(TILDE, /\uE004\s?\{?\s?([A-Za-z\u0370-\u03ff])\s?\}?/g, (_, letter: string) => `${letter}\u0303`.normalize('NFC')),
  // Set membership in `x in R^d`, `Ain R^{n×d}`, `X subset R^d`.
  rule('in ', /(?<![A-Za-z])([A-Za-z]'?) ?in (?=[A-Z](?:\^|\{|\)))/g, '$1 ∈ '),
  rule(' subset ', /(?<=\s)subset (?=[A-Z](?:\^|\{))/g, '⊂ '),
  rule('cup{', /cup(?=\{)/g, '∪'),
  // Multiplication: `3times`, `4.98times,`, `Ntimes N`, `[m]times [n]`, `{times}`, `n times d`.
  rule('{times}', /\{times\}/g, '×'),
  rule('times', /times(?<=(?:\d|[\])}]|(?<![A-Za-z0-9])[A-Za-z])times)(?![A-Za-z])/g, '×'),
  rule(' times ', / times(?<=(?:^|[^A-Za-z0-9])(?![aI] )[A-Za-z0-9] times)(?= (?![aI](?![A-Za-z0-9]))[A-Za-z0-9](?![A-Za-z0-9]))/g, ' ×'),
  // Quotes: ``deep'' → "deep", `low-dimensional' → 'low-dimensional', `92 → '92. A backtick
  // pair (`code`) is left alone.
  rule(['``', "''"], /``|''/g, '"'),
  rule('`', /`(?=[^`']{1,60}'|\d\d(?!\d))/g, "'"),
  // `~` is a non-breaking space between words (`at~https`, `a.k.a.~the`, `Fig.~3`), but `~15%` and
  // `1M~60M` mean "about" and "to".
  rule('~', /~(?<=(?:[A-Za-z.,;:)\]]|\uE001)~)(?=[A-Za-z([])|~(?<=(?:\.|\b(?:Fig|Figure|Table|Tab|Sec|Section|Eq|Equation|Thm|Theorem|Lemma|Appendix|Algorithm|Ref|Chapter|Step|Part))~)(?=\d)/g, ' '),
  // A LaTeX comment marker left in prose: ` %However, …`.
  rule('%', /%(?<=(?:^|\s)%)(?=[A-Za-z])/g, ''),
  // Dashes: `Kullback--Leibler`, ` -- `, `---`.
  rule('---', /---(?<=(?:[\p{L}\p{N}]|\s)---)(?=[\p{L}\p{N}]|\s)/gu, '—'),
  rule('--', /--(?<=[\p{L}\p{N}]--)(?=[\p{L}\p{N}])|--(?<=\s--)(?=\s)/gu, '–'),
];

export function convertBareLatex(text: string): string {
  let out = text;
  for (const { needles, pattern, replacement } of BARE_RULES) {
    if (!needles.some((needle) => (typeof needle === 'string' ? out.includes(needle) : needle.test(out)))) continue;
    out = typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement);
  }
  return out;
}
