/**
 * Turns scraped digest text (titles and abstracts) into readable Unicode.
 *
 * The scraper flattened LaTeX math and usually dropped its backslashes, so an abstract says
 * `mathcal{O}(n log n)`, `3times speedup`, `ell_p` or `Obig(sqrt{d}{nvarepsilon}big)`. Each rule
 * below undoes one such residue. Rules are anchored (lookbehinds, bounded runs) so that no input,
 * however hostile, makes a regex backtrack quadratically, and the output is a fixed point: running
 * the cleaner twice changes nothing. Digits are never removed or merged, and names are never
 * dropped: when a rule is unsure whether a word is LaTeX or English, it leaves the word alone.
 */

import { GREEK, GREEK_IN_MATH_RE, GREEK_NAME_RE } from './greekLetters.js';

// Private-use characters are stripped from the input, so they can serve as markers while cleaning.
const URL_OPEN = '\uE000';
const URL_CLOSE = '\uE001';
const URL_DIGIT = 0xe010; // URL_DIGIT + d encodes digit d of a placeholder's index.
const UNWRAP = '\uE002'; // `emph{`, `mathcal{`, `textbf{`… : the group is plain text.
const SQRT = '\uE003'; // `sqrt{`: the group is a radicand.
const TILDE = '\uE004'; // `widetilde`, `tilde`: a tilde accent over the next letter.
const FRAC = '\uE006'; // `frac{`: the group is a whole fraction.

const MAX_BRACE_DEPTH = 32;

/** Cleans one title or abstract: LaTeX residue, entities and odd characters out, whitespace collapsed. */
export function cleanText(raw: string): string {
  const urls: string[] = [];
  let text = protectUrls(convertEscapedLatex(normalizeCharacters(raw)), urls);
  // A group resolved can expose a pattern (`{y} in R^N` → `y in R^N`), so repeat to a fixed point.
  for (let round = 0; round < 4 && mayHoldLatex(text); round++) {
    const before = text;
    // Rules see single spaces, so one whose deletion leaves two does not enable another next time.
    text = resolveBraces(convertBareLatex(stripDollarMath(text))).replace(/[\uE002-\uE006]/g, '').replace(/ {2,}/g, ' ');
    if (text === before) break;
  }
  return restoreUrls(text, urls).replace(/ {2,}/g, ' ').trim();
}

// Most abstracts hold no LaTeX at all; these cheap tests let them skip the rules. Together they
// must match wherever any rule below could.
const HINT_CHARACTERS = /[\\{}$^_~`\uE002-\uE006]|''|--|(?:^|\s)%[A-Za-z]/;
const GREEK_NAMES = 'alpha|beta|gamma|delta|zeta|eta|theta|vartheta|iota|kappa|lambda|mu|nu|xi|pi|varpi|rho|varrho|sigma|varsigma|tau|upsilon|phi|varphi|chi|psi|omega|Gamma|Delta|Theta|Lambda|Xi|Pi|Sigma|Upsilon|Phi|Psi|Omega';
// `\b` treats `_` as a letter, but any `_` already makes HINT_CHARACTERS match.
const HINT_GREEK = new RegExp(`\\b(?:${GREEK_NAMES})\\b`);
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

function mayHoldLatex(text: string): boolean {
  return HINT_CHARACTERS.test(text) || HINT_LITERALS.some((word) => text.includes(word)) || HINT_CONTEXT.test(text) || HINT_GREEK.test(text);
}

// ---------------------------------------------------------------------------------------------
// Characters: entities, controls, invisible characters and every kind of space.

const NAMED_ENTITIES: Record<string, string> = {
  lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', times: '×', minus: '−',
  eacute: 'é', egrave: 'è', aacute: 'á', oacute: 'ó', uuml: 'ü', ouml: 'ö', auml: 'ä', ccedil: 'ç',
};

// An entity may be escaped several times (`&amp;amp;lt;`); the whole chain decodes in one step so
// that a second pass finds nothing left to decode.
const ENTITY_RE = /&(?:(?:amp|#0*38|#[xX]0*26);)*(?:([a-zA-Z]{2,8});|#(\d{1,7});|#[xX]([0-9a-fA-F]{1,6});)?/g;

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY_RE, (match, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name !== undefined) {
      const named = NAMED_ENTITIES[name];
      return named ?? `&${name};`;
    }
    const code = dec !== undefined ? Number.parseInt(dec, 10) : hex !== undefined ? Number.parseInt(hex, 16) : -1;
    if (code === -1) return '&';
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return match.slice(match.lastIndexOf('&'));
    return String.fromCodePoint(code);
  });
}

function normalizeCharacters(raw: string): string {
  const decoded = decodeEntities(raw);
  // Printable ASCII needs no Unicode normalization.
  if (!/[^\x20-\x7e]/.test(decoded)) return decoded.replace(/ {2,}/g, ' ');
  return decoded
    .normalize('NFC')
    // Line breaks, tabs and every Unicode space become a plain space.
    .replace(/[\t\n\v\f\r\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g, ' ')
    // Controls, zero-width and bidi-override characters, BOMs and private-use characters go.
    // eslint-disable-next-line no-control-regex -- matching the C0 and C1 control characters is the point: they are removed
    .replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ue000-\uf8ff\ufff0-\ufffb]/g, '')
    // Lone surrogates cannot be printed.
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/ {2,}/g, ' ');
}

// ---------------------------------------------------------------------------------------------
// URLs are set aside so that no LaTeX rule rewrites them, then put back.

// No lookbehind: whether a URL is found must not depend on the character before it, which the
// cleaning may change (`{www.x.com/a}` → `www.x.com/a`), or a second pass would clean differently.
const URL_RE = /https?:\/\/[^\s{}<>"`|\\^\u0080-\uFFFF]+|www\.[^\s{}<>"`|\\^\u0080-\uFFFF]+|(?:[a-zA-Z0-9-]{1,63}\.){1,8}(?:com|org|io|net|ai|edu|dev|co|science)\/[^\s{}<>"`|\\^\u0080-\uFFFF]*/g;
const SCHEME_URL_RE = /https?:\/\/[^\s{}<>"`|\\^\u0080-\uFFFF]+|www\.[^\s{}<>"`|\\^\u0080-\uFFFF]+/g;

const URL_HINT = /:\/\/|www\./;
const BARE_URL_HINT = /\.(?:com|org|io|net|ai|edu|dev|co|science)\//;

function protectUrls(raw: string, urls: string[]): string {
  const bare = BARE_URL_HINT.test(raw);
  if (!bare && !URL_HINT.test(raw)) return raw;
  // `at~https://…`: a non-breaking space before a link (never "about", before a link), which the
  // link would otherwise hide from the rules.
  const text = raw.replace(/(?<!~)~+(?=[{}\s$\uE002-\uE006]{0,8}(?:https?:\/\/|www\.))/g, ' ');
  let out = '';
  let last = 0;
  // Scanning for bare domains (`github.com/x`) is slow; most texts have none.
  for (const match of text.matchAll(bare ? URL_RE : SCHEME_URL_RE)) {
    const start = match.index;
    // A URL inside a group this loop already consumed (`x{https://x}`).
    if (start < last) continue;
    let end = start + match[0].length;
    let before = text.slice(last, start);
    // `url{…}`, `href{…}` and `{…}` around a URL are LaTeX wrapping: drop it.
    if (text[end] === '}') {
      const wrapper = /(?:(?:url|href)\s*|\uE002)?\{\s*$/.exec(before.slice(-12));
      if (wrapper !== null) {
        before = before.slice(0, before.length - wrapper[0].length);
        end += 1;
      }
    }
    // `https://x{https://x}` is an `\href` whose text repeats the link; `…{here}` names it.
    if (text[end] === '{') {
      // Looked for nearby only: a search to the end of a long line for every link would be quadratic.
      const offset = text.slice(end + 1, end + 302).indexOf('}');
      const close = offset === -1 ? -1 : end + 1 + offset;
      const inner = close === -1 ? null : text.slice(end + 1, close);
      if (inner !== null && !inner.includes('{')) {
        const trimmed = inner.trim();
        const isUrl = /^(?:https?:\/\/|www\.)/i.test(trimmed);
        urls.push(match[0]);
        // The link text may hold links of its own (it has no braces, so this recursion stops).
        out += `${before}${placeholder(urls.length - 1)}${isUrl || trimmed === '' ? '' : ` ${protectUrls(trimmed, urls)}`}`;
        last = close + 1;
        continue;
      }
    }
    urls.push(match[0]);
    out += `${before}${placeholder(urls.length - 1)}`;
    last = end;
  }
  return last === 0 ? text : out + text.slice(last);
}

function placeholder(index: number): string {
  const digits = [...String(index)].map((d) => String.fromCharCode(URL_DIGIT + Number(d))).join('');
  return `${URL_OPEN}${digits}${URL_CLOSE}`;
}

function restoreUrls(text: string, urls: readonly string[]): string {
  if (urls.length === 0) return text;
  return text.replace(/\uE000([\uE010-\uE019]+)\uE001/g, (_, digits: string) => {
    const index = Number([...digits].map((c) => c.charCodeAt(0) - URL_DIGIT).join(''));
    return urls[index] ?? '';
  });
}

// ---------------------------------------------------------------------------------------------
// Commands that kept their backslash: unambiguous, so they map straight to their meaning.

const ACCENTS: Record<string, string> = {
  '"': '\u0308', "'": '\u0301', '`': '\u0300', '^': '\u0302', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  u: '\u0306', v: '\u030C', H: '\u030B', c: '\u0327', k: '\u0328', r: '\u030A',
};

const SPECIAL_LETTERS: Record<string, string> = {
  l: 'ł', L: 'Ł', o: 'ø', O: 'Ø', ss: 'ß', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', aa: 'å', AA: 'Å', i: 'ı', j: 'ȷ',
};

const SYMBOLS: Record<string, string> = {
  ...GREEK,
  times: '×', cdot: '·', cdots: '⋯', ldots: '…', dots: '…', pm: '±', mp: '∓', div: '÷', ast: '*', star: '*',
  leq: '≤', le: '≤', geq: '≥', ge: '≥', neq: '≠', ne: '≠', ll: '≪', gg: '≫', approx: '≈', sim: '∼',
  simeq: '≃', equiv: '≡', propto: '∝', triangleq: '≜', coloneqq: '≔',
  in: '∈', notin: '∉', ni: '∋', subset: '⊂', subseteq: '⊆', supset: '⊃', supseteq: '⊇', cup: '∪',
  cap: '∩', setminus: '∖', emptyset: '∅', varnothing: '∅', forall: '∀', exists: '∃', neg: '¬',
  wedge: '∧', vee: '∨', oplus: '⊕', otimes: '⊗', odot: '⊙', circ: '∘', bullet: '•', rtimes: '⋊',
  infty: '∞', nabla: '∇', partial: '∂', sum: '∑', prod: '∏', int: '∫', oint: '∮', sqrt: '√',
  to: '→', rightarrow: '→', leftarrow: '←', Rightarrow: '⇒', Leftarrow: '⇐', leftrightarrow: '↔',
  Leftrightarrow: '⇔', mapsto: '↦', implies: '⇒', iff: '⇔', uparrow: '↑', downarrow: '↓',
  langle: '⟨', rangle: '⟩', lfloor: '⌊', rfloor: '⌋', lceil: '⌈', rceil: '⌉', lvert: '|', rvert: '|',
  lVert: '‖', rVert: '‖', Vert: '‖', mid: '|', top: 'ᵀ', dagger: '†', prime: '′', ell: 'ℓ', hbar: 'ℏ',
  circledR: '®', textregistered: '®', texttrademark: '™', copyright: '©', textcopyright: '©',
  degree: '°', textdegree: '°', S: '§', P: '¶', dag: '†', ddag: '‡', textbar: '|', textbackslash: '\\',
  backslash: '\\', textasciitilde: '~', textunderscore: '_', textendash: '–', textemdash: '—',
  log: 'log', exp: 'exp', min: 'min', max: 'max', argmin: 'argmin', argmax: 'argmax', sup: 'sup',
  inf: 'inf', lim: 'lim', det: 'det', sin: 'sin', cos: 'cos', tan: 'tan', ln: 'ln', Pr: 'Pr',
};

// Switches that only change how the following text looks.
const STYLE_SWITCHES = new Set([
  'it', 'bf', 'rm', 'em', 'sf', 'tt', 'sc', 'sl', 'cal', 'tiny', 'scriptsize', 'footnotesize', 'small',
  'normalsize', 'large', 'Large', 'LARGE', 'huge', 'Huge', 'bfseries', 'itshape', 'mdseries', 'upshape',
  'rmfamily', 'sffamily', 'ttfamily', 'displaystyle', 'textstyle', 'scriptstyle', 'left', 'right', 'big',
  'Big', 'bigg', 'Bigg', 'bigl', 'bigr', 'Bigl', 'Bigr', 'biggl', 'biggr', 'middle', 'noindent',
  'nonumber', 'quad', 'qquad', 'limits', 'nolimits', 'centering', 'newline', 'par', 'relax', 'xspace',
]);

// Commands whose brace group is plain text to keep.
const TEXT_COMMANDS = new Set([
  'textbf', 'textit', 'texttt', 'textrm', 'textsf', 'textsc', 'textup', 'textnormal', 'text', 'emph',
  'mathcal', 'mathbb', 'mathfrak', 'mathsf', 'mathrm', 'mathbf', 'mathit', 'mathtt', 'mathscr',
  'boldsymbol', 'bm', 'operatorname', 'underline', 'overline', 'mbox', 'hbox', 'url', 'href', 'cite',
  'citep', 'citet', 'ref', 'eqref', 'footnote', 'textsuperscript', 'textsubscript',
]);

const ACCENT_COMMANDS: Record<string, string> = {
  tilde: '\u0303', widetilde: '\u0303', hat: '\u0302', widehat: '\u0302', bar: '\u0304', vec: '\u20D7',
  dot: '\u0307', ddot: '\u0308', check: '\u030C', breve: '\u0306', acute: '\u0301', grave: '\u0300',
};

function convertEscapedLatex(text: string): string {
  if (!text.includes('\\')) return text;
  let words: Map<string, string> | null = null;
  return text
    // A letter in its own group, as BibTeX protects it: `Pe{\l}czy\'nski`, `{\"o}`, `(P{\L})`.
    .replace(/\{\s?\\(?:(ss|ae|AE|oe|OE|aa|AA|[lLoOij])|(["'`^~=.])\s?([A-Za-z])|([uvHckr])\s?\{?([A-Za-z])\}?)\s?\}/g,
      (match, special?: string, symbol?: string, symbolLetter?: string, letterAccent?: string, accented?: string) => {
        if (special !== undefined) return SPECIAL_LETTERS[special] ?? match;
        const accent = symbol ?? letterAccent ?? '';
        return combine(symbolLetter ?? accented ?? '', ACCENTS[accent] ?? '');
      })
    // Accents: `Schr\"odinger`, `Cram\'er`, `Uzna\'{n}ski`, `\v{c}`.
    .replace(/\\(["'`^~=.])\s?(?:\{\s?(\\?[A-Za-z])\s?\}|([A-Za-z]))/g, (_, accent: string, braced?: string, bare?: string) =>
      combine(braced ?? bare ?? '', ACCENTS[accent] ?? ''))
    .replace(/\\([uvHckr])(?:\s?\{\s?(\\?[A-Za-z])\s?\}|\s([A-Za-z])(?![A-Za-z]))/g, (_, accent: string, braced?: string, bare?: string) =>
      combine(braced ?? bare ?? '', ACCENTS[accent] ?? ''))
    // Letters with no ASCII form: `Pe{\l}czy\'nski`, `{\L}ojasiewicz`, `\ss`.
    .replace(/\\(ss|ae|AE|oe|OE|aa|AA|[lLoOij])(?![A-Za-z])(?:\{\})?/g, (_, name: string) => SPECIAL_LETTERS[name] ?? name)
    // Escaped characters and spacing commands.
    .replace(/\\([%&#_{}$])/g, '$1')
    .replace(/\\(?:\\|[ ,;:!>])/g, ' ')
    .replace(/\\[-/]/g, '')
    // Math accents on one letter: `\tilde{O}` → Õ, `\hat x` → x̂.
    .replace(/\\(widetilde|tilde|widehat|hat|bar|vec|ddot|dot|check|breve|acute|grave)\s?(?:\{\s?([A-Za-z])\s?\}|\s([A-Za-z])(?![A-Za-z]))/g,
      (_, name: string, braced?: string, bare?: string) => combine(braced ?? bare ?? '', ACCENT_COMMANDS[name] ?? ''))
    // `\sqrt[3]{x}` keeps its index as an exponent so no digit is lost.
    .replace(/\\sqrt\s?\[([^\]{}]{1,8})\]\s?\{([^{}]{0,200})\}/g, (_, index: string, radicand: string) => `(${radicand})^(1/${index})`)
    .replace(/\\([A-Za-z]+)\*?/g, (_, name: string) => {
      const symbol = SYMBOLS[name];
      if (symbol !== undefined && name !== 'sqrt') return symbol;
      if (name === 'sqrt') return SQRT;
      if (name === 'frac' || name === 'dfrac' || name === 'tfrac') return FRAC;
      if (STYLE_SWITCHES.has(name)) return ' ';
      if (TEXT_COMMANDS.has(name)) return UNWRAP;
      if (ACCENT_COMMANDS[name] !== undefined) return TILDE;
      // An unknown macro is usually a name (`\hiformer`): spell it as the text does elsewhere.
      words ??= wordForms(text);
      return words.get(name.toLowerCase()) ?? name;
    })
    .replace(/\\/g, '');
}

function combine(letter: string, mark: string): string {
  const base = letter === '\\i' || letter === 'i' ? 'i' : letter === '\\j' ? 'j' : letter.replace('\\', '');
  return `${base}${mark}`.normalize('NFC');
}

/** Maps each lower-cased word of the text to its first spelling that is not all lower case. */
function wordForms(text: string): Map<string, string> {
  const forms = new Map<string, string>();
  for (const match of text.matchAll(/(?<![\\A-Za-z])[A-Za-z]{2,40}(?![A-Za-z])/g)) {
    const word = match[0];
    const key = word.toLowerCase();
    if (word !== key && !forms.has(key)) forms.set(key, word);
  }
  return forms;
}

// ---------------------------------------------------------------------------------------------
// `$f$`, `$alpha$-theory`: the dollars of inline math, but never those of money (`$5-$10`).

function stripDollarMath(text: string): string {
  if (!text.includes('$')) return text;
  // Inside the dollars a Greek name is a letter whatever its neighbours (`$alpha$-theory`).
  return text.replace(/\$(?=[A-Za-z{^_\\\uE002-\uE006\u0370-\u03ff])([^$]{1,80}?)\$/g, (match, body: string) =>
    /\s/.test(body) && !/[\^_{}=\uE002-\uE006]/.test(body) ? match : body.replace(GREEK_NAME_RE, (name) => GREEK[name] ?? name));
}

// ---------------------------------------------------------------------------------------------
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

function convertBareLatex(text: string): string {
  let out = text;
  for (const { needles, pattern, replacement } of BARE_RULES) {
    if (!needles.some((needle) => (typeof needle === 'string' ? out.includes(needle) : needle.test(out)))) continue;
    out = typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Brace groups, innermost first: `^{2/3}` → ^(2/3), `1{2}` (a flattened \frac) → 1/2,
// `max{a, b}` → max(a, b), `sqrt{d}` → √d, `{(A_n, b_n): n ∈ N}` stays a set, `{y}` → y.

type GroupKind = 'plain' | 'unwrap' | 'sqrt' | 'frac' | 'sup' | 'sub' | 'call' | 'set' | 'ratio';

interface Group {
  start: number;
  kind: GroupKind;
}

const CALL_NAMES = new Set(['max', 'min', 'argmax', 'argmin', 'sup', 'inf', 'exp', 'log', 'ln', 'poly', 'diag', 'polylog']);

function resolveBraces(text: string): string {
  if (!text.includes('{') || braceDepth(text) > MAX_BRACE_DEPTH) return text;
  const pieces: string[] = [];
  const open: Group[] = [];
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '{' && (c !== '}' || open.length === 0)) continue;
    pieces.push(text.slice(runStart, i));
    runStart = i + 1;
    if (c === '{') {
      open.push({ start: pieces.length, kind: groupKind(text, i) });
      continue;
    }
    const group = open.pop();
    if (group === undefined) continue;
    const content = pieces.splice(group.start).join('');
    pieces.push(renderGroup(group.kind, content, nextCodePoint(text, i + 1)));
  }
  pieces.push(text.slice(runStart));
  // Braces never closed stay as they were.
  return pieces.join('');
}

function nextCodePoint(text: string, at: number): string {
  const code = text.codePointAt(at);
  return code === undefined ? '' : String.fromCodePoint(code);
}

function braceDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = text.indexOf('{'); i !== -1 && i < text.length; i++) {
    const c = text[i];
    if (c === '{') max = Math.max(max, ++depth);
    else if (c === '}' && depth > 0) depth--;
  }
  return max;
}

function groupKind(text: string, at: number): GroupKind {
  const before = text[at - 1] ?? '';
  if (before === UNWRAP) return 'unwrap';
  if (before === SQRT) return 'sqrt';
  if (before === FRAC) return 'frac';
  if (before === '^') return 'sup';
  if (before === '_') return 'sub';
  if (SET_OPERATORS.includes(before) && before !== '') return 'set';
  if (ASCII_LETTER.test(before)) {
    const word = CALL_WORD.exec(text.slice(Math.max(0, at - 8), at));
    if (word !== null && CALL_NAMES.has(word[0])) return 'call';
  }
  return RATIO_BEFORE.test(before) ? 'ratio' : 'plain';
}

const SET_OPERATORS = '∪∩∈⊂⊆∖';
const ASCII_LETTER = /^[A-Za-z]$/;
const CALL_WORD = /(?<![A-Za-z])[A-Za-z]{2,7}$/;
const RATIO_BEFORE = /^[\p{L}\p{N})\]}]$/u;
const SET_MARK = /[:|]/;
const HAS_ALNUM = /[\p{L}\p{N}]/u;
const IS_LETTER = /^\p{L}$/u;

// What may follow `_` bare (`w_min`, `x_i`), `^` bare (`^2`, `^-1`, `^T`) or `/` bare (`1/2`, `ε/d`).
const SUBSCRIPT_ATOM = /^[-+]?[\p{L}\p{N}\p{M}'′*∞]+$/u;
const SINGLE_ATOM = /^(?:[-+]?\d+(?:\.\d+)?|[-+]?\p{L}\p{M}*|[*'′∞†])$/u;

function wrap(content: string, atom: RegExp): string {
  return atom.test(content) ? content : `(${content})`;
}

function renderGroup(kind: GroupKind, content: string, next: string): string {
  if (content.trim() === '') return kind === 'set' ? '{}' : '';
  if ((kind === 'plain' || kind === 'ratio') && content.length > 2 && SET_MARK.test(content)) {
    return `{${content}}`;
  }
  switch (kind) {
    case 'sqrt':
      return `√${wrap(content, SINGLE_ATOM)}`;
    case 'frac':
      return wrap(content, SINGLE_ATOM);
    // The `^` or `_` itself is already in the text before the group.
    case 'sup':
      return wrap(content, SINGLE_ATOM);
    case 'sub':
      return wrap(content, SUBSCRIPT_ATOM);
    case 'call':
      return `(${content})`;
    case 'set':
      return `{${content}}`;
    case 'ratio':
      // A flattened `\frac{a}{b}` reads `a{b}`; `Pe{ł}czy` or `Norouzi{-}Fard` are just groups.
      if (HAS_ALNUM.test(content) && !IS_LETTER.test(next)) return `/${wrap(content, SINGLE_ATOM)}`;
      return content;
    default:
      return content;
  }
}
