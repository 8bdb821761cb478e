// Windows-1252's printable characters at 0x80–0x9F (five code points there are unassigned and
// stay as they are). Node's TextDecoder('windows-1252') decodes these bytes as ISO-8859-1 C1
// controls (nodejs/node#56542), which would drop the “quotes”, dashes and € of a legacy file.
const HIGH: Readonly<Record<number, string>> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š',
  0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—',
  0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

const latin1 = new TextDecoder('latin1');

/** Decodes Windows-1252 bytes, whatever the runtime's TextDecoder does with 0x80–0x9F. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return latin1.decode(bytes).replace(/[\u0080-\u009f]/g, (c) => HIGH[c.charCodeAt(0)] ?? c);
}
