import { analyse } from 'chardet';
import iconv from 'iconv-lite';

/** What the bytes are for: the XML prolog is read for feeds, `<meta charset>` for pages. */
export type DocumentKind = 'xml' | 'html';

/** The `charset` parameter of a Content-Type header, or null. Tolerates quotes and spaces. */
function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*["']?\s*([^"';\s]+)/i.exec(contentType);
  return m ? normalizeCharset(m[1]!) : null;
}

function normalizeCharset(name: string): string | null {
  const n = name.trim().toLowerCase();
  if (!n) return null;
  // Labels that browsers map to a wider superset: decoding with the superset never loses text.
  const aliases: Record<string, string> = {
    'us-ascii': 'windows-1252',
    ascii: 'windows-1252',
    'iso-8859-1': 'windows-1252',
    latin1: 'windows-1252',
    gb2312: 'gb18030',
    gbk: 'gb18030',
    'x-sjis': 'shift_jis',
    utf8: 'utf-8',
  };
  const mapped = aliases[n] ?? n;
  // UTF-8, nearly every feed's, is TextDecoder's: asking iconv would load its every encoding table (~15 ms at start-up).
  if (mapped === 'utf-8') return mapped;
  return iconv.encodingExists(mapped) ? mapped : null;
}

interface Bom {
  charset: string;
  length: number;
}

/** Byte-order marks, and the byte patterns of `<?` in UTF-16/32 without one. */
function sniffBom(b: Uint8Array): Bom | null {
  const [a, c, d, e] = [b[0], b[1], b[2], b[3]];
  if (a === 0x00 && c === 0x00 && d === 0xfe && e === 0xff) return { charset: 'utf-32be', length: 4 };
  if (a === 0xff && c === 0xfe && d === 0x00 && e === 0x00) return { charset: 'utf-32le', length: 4 };
  if (a === 0xef && c === 0xbb && d === 0xbf) return { charset: 'utf-8', length: 3 };
  if (a === 0xfe && c === 0xff) return { charset: 'utf-16be', length: 2 };
  if (a === 0xff && c === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (a === 0x00 && c === 0x00 && d === 0x00 && e === 0x3c) return { charset: 'utf-32be', length: 0 };
  if (a === 0x3c && c === 0x00 && d === 0x00 && e === 0x00) return { charset: 'utf-32le', length: 0 };
  if (a === 0x00 && c === 0x3c) return { charset: 'utf-16be', length: 0 };
  if (a === 0x3c && c === 0x00) return { charset: 'utf-16le', length: 0 };
  return null;
}

/** The encoding named in `<?xml ... encoding="..."?>` (read as ASCII; the prolog is ASCII in every ASCII-compatible charset). */
function prologCharset(head: string): string | null {
  const m = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return m ? normalizeCharset(m[1]!) : null;
}

function metaCharset(head: string): string | null {
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head) ?? /<meta[^>]+content\s*=\s*["'][^"']*charset\s*=\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return m ? normalizeCharset(m[1]!) : null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf32(b: Uint8Array, bigEndian: boolean): string {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let s = '';
  for (let i = 0; i + 3 < b.length; i += 4) {
    const cp = view.getUint32(i, !bigEndian);
    s += cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
  }
  return s;
}

function decodeWith(b: Uint8Array, charset: string): string {
  if (charset === 'utf-32be' || charset === 'utf-32le') return decodeUtf32(b, charset === 'utf-32be');
  return iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), charset, { stripBOM: true });
}

/**
 * Bytes to text. Order: BOM (it cannot lie), then the HTTP header, then the
 * document's own declaration (XML prolog or `<meta charset>`), then strict UTF-8,
 * then statistical detection (chardet) for undeclared legacy encodings, then
 * windows-1252, which decodes any byte sequence.
 */
export function decodeDocument(bytes: Uint8Array, opts: { contentType?: string | null; kind: DocumentKind }): string {
  const bom = sniffBom(bytes);
  if (bom) {
    return stripLeadingBom(decodeWith(bytes.subarray(bom.length), bom.charset));
  }
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1');
  const declared = opts.kind === 'xml' ? prologCharset(head) : metaCharset(head);
  const header = charsetFromContentType(opts.contentType);
  // A header that says UTF-8 over bytes that are not UTF-8 is a common server misconfiguration: trust the document then.
  // The reverse, a single-byte label over valid multi-byte UTF-8, is a mislabel too: real Latin-1 text
  // almost never forms UTF-8 sequences, so the bytes win (as browsers' and feedparser's sniffers decide).
  for (const charset of [header, declared]) {
    if (!charset) continue;
    if (charset !== 'utf-8' && !isSingleByte(charset)) return decodeWith(bytes, charset);
    const text = tryUtf8(bytes);
    if (text !== null) return text;
    if (charset !== 'utf-8') return decodeWith(bytes, charset);
  }
  return tryUtf8(bytes) ?? decodeWith(bytes, detectCharset(bytes) ?? 'windows-1252');
}

const HIGH_BYTES = Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i));
const singleByte = new Map<string, boolean>();

/** Whether every byte is one character in this charset (Latin-1, KOI8-R...), unlike Shift_JIS or UTF-16. */
function isSingleByte(charset: string): boolean {
  let known = singleByte.get(charset);
  if (known === undefined) {
    known = decodeWith(HIGH_BYTES, charset).length === HIGH_BYTES.length;
    singleByte.set(charset, known);
  }
  return known;
}

/** The most likely legacy charset of bytes that are not UTF-8, when the detector is reasonably sure. */
function detectCharset(bytes: Uint8Array): string | null {
  for (const match of analyse(bytes.subarray(0, 64 * 1024))) {
    if (match.confidence < 30) break;
    const charset = normalizeCharset(match.name);
    if (charset && charset !== 'utf-8') return charset;
  }
  return null;
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return stripLeadingBom(utf8.decode(bytes));
  } catch {
    return null;
  }
}

function stripLeadingBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
