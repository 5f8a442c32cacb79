/**
 * Quoted-printable (RFC 2045) for message bodies, line by line. An edition's
 * parts are the same for every reader except the few lines carrying their name
 * and links. After two readers of a variant, the encoder knows which lines vary
 * (a Shape): the next reader's text is matched run by run against the lines
 * that never varied (a native compare) and only the varying lines are encoded.
 * Texts that do not match a shape are encoded line by line, with a cache of
 * encoded lines, and teach the shape what varies.
 */
const HEX = Buffer.from('0123456789ABCDEF', 'latin1');
const MAX_LINE = 76;
/** 1 for the bytes that stand for themselves anywhere in a line: printable ASCII but "=" (a dot at a line's start and white space at its end aside). */
const PLAIN = new Uint8Array(256).map((_, b) => (b >= 33 && b <= 126 && b !== 61 ? 1 : 0));
/** Shapes kept, one per line count: the variants of an edition's parts (with a name or without...). */
const MAX_SHAPES = 16;

/** A run of lines the same in every text seen, or null for a line that varies. */
type Part = { source: string; encoded: string } | null;

interface Shape {
  /** The last text of this line count, split, and its encoded lines. */
  lines: string[];
  encoded: string[];
  /** Indexes of the lines that differed between texts of this shape. */
  varying: Set<number>;
  parts: Part[] | null;
}

export class QuotedPrintableEncoder {
  private readonly cache = new Map<string, string>();
  private readonly shapes = new Map<number, Shape>();

  /** `maxCached` bounds memory across editions; the cache restarts when full. */
  constructor(private readonly maxCached = 20_000) {}

  /** Encodes text (LF or CRLF line endings) to quoted-printable lines joined by CRLF. */
  encode(text: string): string {
    for (const shape of this.shapes.values()) {
      const out = shape.parts && this.encodeByParts(shape.parts, text);
      if (out !== null) return out;
    }
    return this.encodeByLine(text);
  }

  /** The encoding when `text` has the shape of `parts`, else null. Same output as line by line. */
  private encodeByParts(parts: Part[], text: string): string | null {
    const out: string[] = [];
    let pos = 0;
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k]!;
      const last = k === parts.length - 1;
      let end: number;
      if (part) {
        // A slice compared with === is a memcmp; startsWith walks the characters one by one.
        if (text.slice(pos, pos + part.source.length) !== part.source) return null;
        end = pos + part.source.length;
        out.push(part.encoded);
      } else {
        const nl = text.indexOf('\n', pos);
        if (last ? nl >= 0 : nl < 0) return null;
        end = last ? text.length : nl;
        out.push(this.encodeLine(text.slice(pos, end)));
      }
      // Each part ends where a line ends: at a newline, or at the end of the text for the last.
      if (last ? end !== text.length : text.charCodeAt(end) !== 10) return null;
      pos = end + 1;
    }
    return out.join('\r\n');
  }

  private encodeByLine(text: string): string {
    const lines = text.split('\n');
    const shape = this.shapes.get(lines.length);
    const out = new Array<string>(lines.length);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (shape && line === shape.lines[i]) out[i] = shape.encoded[i]!;
      else {
        out[i] = this.encodeLine(line);
        shape?.varying.add(i);
      }
    }
    if (shape) Object.assign(shape, { lines, encoded: out, parts: partsOf(lines, out, shape.varying) });
    else {
      if (this.shapes.size >= MAX_SHAPES) this.shapes.clear();
      this.shapes.set(lines.length, { lines, encoded: out, varying: new Set(), parts: null });
    }
    return out.join('\r\n');
  }

  private encodeLine(raw: string): string {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    let encoded = this.cache.get(line);
    if (encoded === undefined) {
      const bytes = Buffer.from(line, 'utf8');
      encoded = encodeBytes(bytes);
      if (this.cache.size >= this.maxCached) this.cache.clear();
      // The key is a fresh copy: `line` is a slice that would keep the whole message alive.
      this.cache.set(bytes.toString('utf8'), encoded);
    }
    return encoded;
  }
}

/** One source line (a CR before its LF dropped) as quoted-printable, without any cache. */
export function encodeQuotedPrintableLine(raw: string): string {
  return encodeBytes(Buffer.from(raw.endsWith('\r') ? raw.slice(0, -1) : raw, 'utf8'));
}

/** Runs of unvarying lines joined (source by LF, encoding by CRLF), a null for each varying line. */
function partsOf(lines: string[], encoded: string[], varying: Set<number>): Part[] {
  const parts: Part[] = [];
  let from = 0;
  const run = (to: number) => {
    if (to > from) parts.push({ source: lines.slice(from, to).join('\n'), encoded: encoded.slice(from, to).join('\r\n') });
  };
  for (let i = 0; i < lines.length; i++) {
    if (!varying.has(i)) continue;
    run(i);
    parts.push(null);
    from = i + 1;
  }
  run(lines.length);
  return parts;
}

/** One source line's bytes: literal printable ASCII, =XX for the rest, soft breaks keep lines within 76. */
function encodeBytes(bytes: Buffer): string {
  const out = Buffer.allocUnsafe(encodedBound(bytes.length));
  // latin1 of ASCII bytes gives a flat string: cached lines are copied as they are, never re-walked.
  return out.toString('latin1', 0, encodeBytesInto(bytes, out, 0));
}

/** The most bytes `length` source bytes can take encoded: every byte as =XX, plus a soft break per 25 bytes. */
export function encodedBound(length: number): number {
  return length * 3 + Math.ceil(length / 24) * 3 + 3;
}

/**
 * One source line (its bytes from `from` to `to`, without its line end)
 * encoded into `out` from `o`, which has room for encodedBound of it; returns
 * where the encoding ends.
 * Lets a writer that wants bytes skip the string round trip.
 */
export function encodeBytesInto(bytes: Buffer, out: Buffer, o: number, from = 0, to = bytes.length): number {
  let lineLen = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i]!;
    // Most bytes (a reader's links, markup) are printable and fit the line: one table look-up, no other test.
    if (PLAIN[b] === 1 && lineLen < MAX_LINE - 1 && (b !== 46 || lineLen !== 0)) {
      out[o++] = b;
      lineLen++;
      continue;
    }
    // Trailing white space would be stripped in transit; a leading dot is encoded so no relay mistakes it for the end of DATA.
    const literal = (PLAIN[b] === 1 && (b !== 46 || lineLen !== 0)) || ((b === 32 || b === 9) && i < to - 1);
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
  return o;
}
