import type { SlottedMail, SlottedText } from '../domain/slotted-text.js';
import { encodeQuotedPrintableLine } from './quoted-printable.js';

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
  }

  /**
   * The message bytes for one reader (`head`, ending with its blank line, in
   * front), as pieces: the shared ones are the edition's own buffers, never
   * copied per reader.
   */
  chunks(head: Buffer, mail: Pick<SlottedMail, 'values' | 'htmlValues'>): Buffer[] {
    const chunks: Buffer[] = [head];
    for (const part of this.parts) {
      const values = part.html ? mail.htmlValues : mail.values;
      for (const s of part.segments) chunks.push(Buffer.isBuffer(s) ? s : Buffer.from(encodeReaderLine(s, values), 'latin1'));
    }
    chunks.push(this.closing);
    return chunks;
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

/** One reader line filled and encoded; a value with a line break in it makes more than one line. */
function encodeReaderLine(line: ReaderLine, values: readonly string[]): string {
  const filled = line.map((t) => (typeof t === 'number' ? values[t]! : t)).join('');
  return filled.split('\n').map(encodeQuotedPrintableLine).join('\r\n');
}
