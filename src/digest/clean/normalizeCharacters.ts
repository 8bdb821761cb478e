import { decodeHTMLStrict } from 'entities';
// Characters: entities, controls, invisible characters and every kind of space.

// An entity may be escaped several times (`&amp;amp;lt;`): the chain of escaped ampersands
// collapses to one first, so the whole chain decodes in one step and a second pass finds nothing
// left to decode. The entities themselves (every HTML named entity, decimal and hex references)
// are the `entities` package's, in strict mode: a name without its semicolon stays text ("R&D").
const AMPERSAND_CHAIN = /&(?:(?:amp|#0*38|#[xX]0*26);)+/g;

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return decodeHTMLStrict(text.replace(AMPERSAND_CHAIN, '&'));
}

export function normalizeCharacters(raw: string): string {
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
