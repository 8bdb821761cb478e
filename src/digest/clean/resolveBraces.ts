import { FRAC, SQRT, UNWRAP } from './markers.js';

const MAX_BRACE_DEPTH = 32;

// Brace groups, innermost first: `^{2/3}` → ^(2/3), `1{2}` (a flattened \frac) → 1/2,
// `max{a, b}` → max(a, b), `sqrt{d}` → √d, `{(A_n, b_n): n ∈ N}` stays a set, `{y}` → y.

type GroupKind = 'plain' | 'unwrap' | 'sqrt' | 'frac' | 'sup' | 'sub' | 'call' | 'set' | 'ratio';

interface Group {
  start: number;
  kind: GroupKind;
}

const CALL_NAMES = new Set(['max', 'min', 'argmax', 'argmin', 'sup', 'inf', 'exp', 'log', 'ln', 'poly', 'diag', 'polylog']);

export function resolveBraces(text: string): string {
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
