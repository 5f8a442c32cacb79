/**
 * Quoted-printable (RFC 2045) for message bodies, line by line with a cache of
 * encoded lines. An edition's HTML is the same for every reader except the few
 * lines carrying their links and name, so after the first reader nearly every
 * line is a cache hit and encoding costs a lookup, not a byte loop.
 */
const HEX = Buffer.from('0123456789ABCDEF', 'latin1');
const MAX_LINE = 76;

export class QuotedPrintableEncoder {
  private readonly cache = new Map<string, string>();

  /** `maxCached` bounds memory across editions; the cache restarts when full. */
  constructor(private readonly maxCached = 20_000) {}

  /** Encodes text (LF or CRLF line endings) to quoted-printable lines joined by CRLF. */
  encode(text: string): string {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i]!;
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      let encoded = this.cache.get(line);
      if (encoded === undefined) {
        const bytes = Buffer.from(line, 'utf8');
        encoded = encodeBytes(bytes);
        if (this.cache.size >= this.maxCached) this.cache.clear();
        // The key is a fresh copy: `line` is a slice that would keep the whole message alive.
        this.cache.set(bytes.toString('utf8'), encoded);
      }
      lines[i] = encoded;
    }
    return lines.join('\r\n');
  }
}

/** One source line's bytes: literal printable ASCII, =XX for the rest, soft breaks keep lines within 76. */
function encodeBytes(bytes: Buffer): string {
  // Worst case: every byte as =XX, plus a soft break per 25 bytes.
  const out = Buffer.allocUnsafe(bytes.length * 3 + Math.ceil(bytes.length / 24) * 3 + 3);
  let o = 0;
  let lineLen = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    // Trailing white space would be stripped in transit; a leading dot is encoded so no relay mistakes it for the end of DATA.
    const literal = (b >= 33 && b <= 126 && b !== 61 && !(b === 46 && lineLen === 0)) || ((b === 32 || b === 9) && i < bytes.length - 1);
    let width = literal ? 1 : 3;
    if (lineLen + width > MAX_LINE - 1) {
      out[o++] = 61; // =
      out[o++] = 13;
      out[o++] = 10;
      lineLen = 0;
      if (b === 46) width = 3;
    }
    if (width === 1) out[o++] = b;
    else {
      out[o++] = 61;
      out[o++] = HEX[b >> 4]!;
      out[o++] = HEX[b & 15]!;
    }
    lineLen += width;
  }
  // latin1 of ASCII bytes gives a flat string: cached lines are copied as they are, never re-walked.
  return out.toString('latin1', 0, o);
}
