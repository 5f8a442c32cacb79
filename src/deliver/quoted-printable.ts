/**
 * Quoted-printable (RFC 2045) for message bodies, line by line with a cache of
 * encoded lines. An edition's HTML is the same for every reader except the few
 * lines carrying their links and name, so after the first reader nearly every
 * line is a cache hit and encoding costs a lookup, not a byte loop.
 */
const HEX = '0123456789ABCDEF';
const MAX_LINE = 76;

export class QuotedPrintableEncoder {
  private readonly cache = new Map<string, string>();

  /** `maxCached` bounds memory across editions; the cache restarts when full. */
  constructor(private readonly maxCached = 50_000) {}

  /** Encodes text (any line endings) to CRLF-terminated quoted-printable lines. */
  encode(text: string): string {
    const lines = text.split(/\r?\n|\r/);
    let out = '';
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      let encoded = this.cache.get(line);
      if (encoded === undefined) {
        encoded = encodeLine(line);
        if (this.cache.size >= this.maxCached) this.cache.clear();
        this.cache.set(line, encoded);
      }
      out += i === 0 ? encoded : `\r\n${encoded}`;
    }
    return out;
  }
}

/** One source line: literal printable ASCII, =XX for the rest, soft breaks keep lines within 76. */
export function encodeLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  let out = '';
  let lineLen = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    const last = i === bytes.length - 1;
    // Trailing white space would be stripped in transit; a leading dot is encoded so no relay mistakes it for the end of DATA.
    const literal = (b >= 33 && b <= 126 && b !== 61 && !(b === 46 && lineLen === 0)) || ((b === 32 || b === 9) && !last);
    const token = literal ? String.fromCharCode(b) : `=${HEX[b >> 4]}${HEX[b & 15]}`;
    if (lineLen + token.length > MAX_LINE - 1) {
      out += '=\r\n';
      lineLen = 0;
      if (b === 46) {
        out += '=2E';
        lineLen = 3;
        continue;
      }
    }
    out += token;
    lineLen += token.length;
  }
  return out;
}
