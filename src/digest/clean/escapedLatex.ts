import { GREEK } from '../greekLetters.js';
import { FRAC, SQRT, TILDE, UNWRAP } from './markers.js';

// Commands that kept their backslash: unambiguous, so they map straight to their meaning.

const ACCENTS: Record<string, string> = {
  '"': '\u0308', "'": '\u0301', '`': '\u0300', '^': '\u0302', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  u: '\u0306', v: '\u030C', H: '\u030B', c: '\u0327', k: '\u0328', r: '\u030A',
};

const SPECIAL_LETTERS: Record<string, string> = {
  l: 'ł', L: 'Ł', o: 'ø', O: 'Ø', ss: 'ß', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', aa: 'å', AA: 'Å', i: 'ı', j: 'ȷ',
};

export const SYMBOLS: Record<string, string> = {
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

export function convertEscapedLatex(text: string): string {
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
