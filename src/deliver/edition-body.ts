import type { SlottedMail, SlottedText } from '../domain/slotted-text.js';
import { encodedBound, encodeBytesInto, encodeQuotedPrintableLine } from './quoted-printable.js';

/** A source line that carries reader values: its text pieces and, between them, slot numbers. */
type ReaderLine = (string | number)[];

/** The body bytes: shared runs, encoded once, and the lines that differ per reader. */
type Segment = Buffer | ReaderLine;

interface Part {
  segments: Segment[];
  /** Text part (plain values) or HTML part (escaped values). */
  html: boolean;
}

/**
 * The MIME body (multipart/alternative, text then HTML, quoted-printable) of
 * one edition variant, encoded once: every line without a reader value is
 * bytes ready to send, and only the few lines with one are encoded per reader.
 * A reader's body is then a copy of shared buffers with those lines between.
 */
export class EditionBody {
  private readonly parts: Part[];
  private readonly closing: Buffer;
  /** Bytes of the shared runs copied into each reader's slab, the closing boundary's included. */
  private readonly inlineBytes: number;
  private readonly slab = new ByteSlab();
  /** Where each reader line's bytes end in the scratch buffer, for the reader being built. */
  private readonly lineEnds: number[] = [];

  constructor(
    readonly boundary: string,
    text: SlottedText,
    html: SlottedText,
  ) {
    const open = (type: string) => `--${boundary}\r\nContent-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n`;
    this.parts = [
      { segments: segmentsOf(open('text/plain'), text), html: false },
      { segments: segmentsOf(`\r\n${open('text/html')}`, html), html: true },
    ];
    this.closing = Buffer.from(`\r\n--${boundary}--\r\n`, 'latin1');
    this.inlineBytes = this.closing.length;
    for (const part of this.parts) for (const s of part.segments) if (Buffer.isBuffer(s) && s.length <= INLINE_BYTES) this.inlineBytes += s.length;
  }

  /**
   * The message bytes for one reader (the `head` lines, then a blank line, in
   * front), as pieces: the edition's large shared runs are its own buffers,
   * never copied per reader; the head, the reader's lines and the small shared
   * runs between them are written into one slab, so a message is a few pieces
   * (each piece costs the socket a write call of its own).
   */
  chunks(head: readonly string[], mail: Pick<SlottedMail, 'values' | 'htmlValues'>): Buffer[] {
    // The reader's lines, filled, as UTF-8 bytes one after the other in a scratch buffer (no
    // string joined and no buffer made per line), then encoded from there into the slab.
    let units = 0;
    for (const part of this.parts) {
      const values = part.html ? mail.htmlValues : mail.values;
      for (const s of part.segments) if (!Buffer.isBuffer(s)) for (const t of s) units += typeof t === 'number' ? values[t]!.length : t.length;
    }
    // A UTF-16 unit is at most 3 bytes of UTF-8.
    if (lineBytes.length < units * 3) lineBytes = Buffer.allocUnsafe(units * 3);
    const bytes = lineBytes;
    const ends = this.lineEnds;
    let length = 0;
    // The head, its last line's CRLF and the blank line as one text, written with one call: a call per line cost more than the copy.
    const headText = `${head.join('\r\n')}\r\n\r\n`;
    let bound = this.inlineBytes + Buffer.byteLength(headText);
    let lines = 0;
    for (const part of this.parts) {
      const values = part.html ? mail.htmlValues : mail.values;
      for (const s of part.segments) {
        if (Buffer.isBuffer(s)) continue;
        const from = length;
        for (const t of s) length += bytes.write(typeof t === 'number' ? values[t]! : t, length, 'utf8');
        ends[lines++] = length;
        // A value's line breaks (each one CRLF) may make more lines: each gets its own bound.
        bound += encodedBound(length - from) * 2;
      }
    }
    const { out, start } = this.slab.room(bound);
    let o = start;
    o += out.write(headText, o, 'utf8');
    let run = start;
    let from = 0;
    lines = 0;
    const chunks: Buffer[] = [];
    for (const part of this.parts) {
      for (const s of part.segments) {
        if (!Buffer.isBuffer(s)) {
          const to = ends[lines++]!;
          o = encodeReaderLine(bytes, from, to, out, o);
          from = to;
        } else if (s.length <= INLINE_BYTES) o += s.copy(out, o);
        else {
          if (o > run) chunks.push(out.subarray(run, o));
          chunks.push(s);
          run = o;
        }
      }
    }
    o += this.closing.copy(out, o);
    chunks.push(out.subarray(run, o));
    this.slab.used(o);
    return chunks;
  }
}

/** Shared runs up to this many bytes are copied into a reader's slab rather than sent as pieces of their own. */
const INLINE_BYTES = 1024;

/** Bytes a slab holds: a few dozen readers' lines. */
const SLAB_BYTES = 64 * 1024;

/**
 * Room for readers' encoded lines, cut from one large buffer in turn: a
 * reader's lines fill a few hundred bytes but their bound is kilobytes, past
 * what Node's own buffer pool serves, so a buffer each would be a fresh
 * allocation per reader. A slab lives as long as a message still holds a view of it.
 */
class ByteSlab {
  private buffer = Buffer.allocUnsafe(0);
  private offset = 0;

  /** A buffer with `bound` bytes free from `start`; `used` then says where the writing ended. */
  room(bound: number): { out: Buffer; start: number } {
    if (this.buffer.length - this.offset < bound) {
      this.buffer = Buffer.allocUnsafe(Math.max(SLAB_BYTES, bound));
      this.offset = 0;
    }
    return { out: this.buffer, start: this.offset };
  }

  used(end: number): void {
    this.offset = end;
  }
}

/** Cuts a slotted text into lines and joins the encoded lines without a reader value into shared buffers. */
function segmentsOf(prefix: string, text: SlottedText): Segment[] {
  const lines: ReaderLine[] = [[]];
  text.parts.forEach((part, k) => {
    const pieces = part.split('\n');
    lines[lines.length - 1]!.push(pieces[0]!);
    for (const piece of pieces.slice(1)) lines.push([piece]);
    if (k < text.slots.length) lines[lines.length - 1]!.push(text.slots[k]!);
  });
  const segments: Segment[] = [];
  let shared = prefix;
  lines.forEach((line, i) => {
    const sep = i === 0 ? '' : '\r\n';
    if (line.every((t) => typeof t === 'string')) {
      shared += sep + encodeQuotedPrintableLine(line.join(''));
      return;
    }
    segments.push(Buffer.from(shared + sep, 'latin1'));
    shared = '';
    segments.push(line);
  });
  segments.push(Buffer.from(shared, 'latin1'));
  return segments;
}

/** Room for a reader's lines as UTF-8 before they are encoded: grown as needed, never given out. */
let lineBytes = Buffer.allocUnsafe(4096);

/** One reader line's bytes (`from` to `to` of `bytes`) encoded into `out` from `o`; a value with a line break in it makes more than one line. */
function encodeReaderLine(bytes: Buffer, from: number, to: number, out: Buffer, o: number): number {
  let start = from;
  for (let nl = bytes.indexOf(10, start); nl >= 0 && nl < to; nl = bytes.indexOf(10, start)) {
    o = encodeBytesInto(bytes, out, o, start, nl > start && bytes[nl - 1] === 13 ? nl - 1 : nl);
    out[o++] = 13;
    out[o++] = 10;
    start = nl + 1;
  }
  const end = to > start && bytes[to - 1] === 13 ? to - 1 : to;
  return encodeBytesInto(bytes, out, o, start, end);
}
