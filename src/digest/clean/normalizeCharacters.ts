
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
