/**
 * Greek letters whose backslash the scraper dropped (`alpha`, `Omega(n)`, `x_theta`), and when a
 * bare name is one. Every Greek name is also an ordinary word somewhere ("Delta Tuning", "beta
 * version", "Pi", "tau protein", "six sigma"), so a bare name becomes a letter only where its
 * neighbours are mathematics — never by itself. `\alpha` with its backslash is always a letter
 * (see cleanText's escaped commands), and so is a name inside `$…$`.
 */
export const GREEK: Readonly<Record<string, string>> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ', eta: 'η',
  theta: 'θ', vartheta: 'ϑ', iota: 'ι', kappa: 'κ', varkappa: 'ϰ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ',
  pi: 'π', varpi: 'ϖ', rho: 'ρ', varrho: 'ϱ', sigma: 'σ', varsigma: 'ς', tau: 'τ', upsilon: 'υ',
  phi: 'φ', varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω',
  Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ', Upsilon: 'Υ',
  Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
};

// `varphi`, `varepsilon`…: no word of any language, converted by their own rules wherever they stand;
// so is lower-case `epsilon`, which the digests only ever use as ε (`1{2}-epsilon`, `epsilon-optimal`).
const ALWAYS_LETTERS = new Set(['epsilon', 'varepsilon', 'vartheta', 'varkappa', 'varpi', 'varrho', 'varsigma', 'varphi']);

/** Names that are a letter only in mathematical company. */
export const GREEK_WORDS: readonly string[] = Object.keys(GREEK).filter((name) => !ALWAYS_LETTERS.has(name));

const SYMBOL = '≤≥≠≈∈∉⊆⊂⊇⊃×·∘±∓→←⇒∼≪≫∝∑∏∫∇√';

// What, right before a bare name, makes it mathematics. Each entry: the context, then an example.
const MATH_BEFORE: readonly string[] = [
  '[_^=|+\\uE004]', // x_theta, sigma^2 … e^{-x/sigma^2}, gamma=Theta(…), |Omega|, 1+delta, tilde Theta
  `[${SYMBOL}] ?`, // ≤ alpha, ∈ Omega
  '[\\d\\s)][<>] ?', // 0<delta, x > beta
  '[=] ', // lambda = eta
  '[\\d)\\]]-', // 1-delta, (…)-lambda
  '[\\d)\\]]/', // 1/alpha, (n)/sigma
  '[_^][A-Za-z0-9]{1,3} \\(?', // A_mu alpha, E'_p (theta)
  '[A-Za-z0-9_\']\\(', // polylog(Delta), i'_p(theta): an argument, glued to its function
  '(?<![A-Za-z])[A-Za-z]/', // n/delta
];
// Lower-case names only: `{xi}` is math, but `{Delta} Tuning` is a BibTeX-protected title word.
const MATH_BEFORE_LOWER: readonly string[] = ['\\{'];

// What, right after a bare name, makes it mathematics.
const MATH_AFTER: readonly string[] = [
  '[_^=]', // theta_t, Omega^2, gamma=
  '\\(', // Omega(n), alpha(z): a function of an argument
  ` ?[${SYMBOL}=<>]`, // Omega⊆, Gamma ≤ S, beta = 0.9
  ' [A-Za-z][_^]', // Delta u_L
  '(?: (?![aI] )[A-Za-z]){1,3} ?[=/+*<>≤≥×·]', // alpha B A / r (but `a` and `I` are words)
];
const MATH_AFTER_LOWER: readonly string[] = ['\\}']; // {xi}

// A tuple of symbols, written tight: `(varepsilon,delta)`, `(mu,nu)`, `[a,b]`. Prose puts a space
// after its commas and a single word in parentheses (`(alpha, beta)`, `(alpha)`), so neither counts.
const TUPLE_START = '[([]';
const TUPLE_COMMA_BEFORE = '[^\\s,],';
const TUPLE_COMMA_AFTER = ',(?=[^\\s,])';
const TUPLE_END = '[)\\]]';

function contextPattern(names: readonly string[], before: readonly string[], after: readonly string[]): string {
  const alternatives = names.join('|');
  return [
    `(?<=(?:${before.join('|')}))(?:${alternatives})(?![A-Za-z0-9])`,
    `(?<![A-Za-z0-9\\\\])(?:${alternatives})(?=(?:${after.join('|')}))`,
    `(?<=${TUPLE_START})(?:${alternatives})(?=${TUPLE_COMMA_AFTER})`,
    `(?<=${TUPLE_COMMA_BEFORE})(?:${alternatives})(?=${TUPLE_COMMA_AFTER}|${TUPLE_END})`,
  ].join('|');
}

const LOWER = GREEK_WORDS.filter((name) => /^[a-z]/.test(name));
const UPPER = GREEK_WORDS.filter((name) => /^[A-Z]/.test(name));

/** A bare Greek name in mathematical company (`x_theta`, `Omega(n)`, `(varepsilon,delta)`). */
export const GREEK_IN_MATH_RE = new RegExp(
  `(?<![A-Za-z0-9])(?:${contextPattern(LOWER, [...MATH_BEFORE, ...MATH_BEFORE_LOWER], [...MATH_AFTER, ...MATH_AFTER_LOWER])}|${contextPattern(UPPER, MATH_BEFORE, MATH_AFTER)})`,
  'g',
);

/** Any Greek name standing alone, for text known to be mathematics (inside `$…$`). */
export const GREEK_NAME_RE = new RegExp(`(?<![A-Za-z0-9])(?:${Object.keys(GREEK).join('|')})(?![A-Za-z0-9])`, 'g');
