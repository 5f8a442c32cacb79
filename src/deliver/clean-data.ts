import type SMTPConnection from 'nodemailer/lib/smtp-connection';

/**
 * True when SMTP's DATA escaping would leave these bytes as they are: every
 * line ends in CRLF (no bare CR or LF) and no line starts with a dot.
 * `before` is the byte that came before the chunk (false at the start).
 */
export function needsNoEscaping(chunk: Buffer, before: number | false): boolean {
  // latin1 maps each byte to one character, so the checks run on native string indexOf.
  return isCleanText(chunk.toString('latin1'), before);
}

/**
 * needsNoEscaping for text: CR, LF and "." are single bytes in UTF-8 too, so
 * the answer is the same for the text as for its bytes. Costs a few native
 * calls per line instead of a JavaScript loop over every byte.
 */
export function isCleanText(s: string, before: number | false = false): boolean {
  if (s.length === 0) return true;
  if (s.charCodeAt(0) === 0x2e && (before === false || before === 0x0a)) return false;
  if (before === 0x0d && s.charCodeAt(0) !== 0x0a) return false;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
    if ((i === 0 ? before : s.charCodeAt(i - 1)) !== 0x0d) return false;
    if (s.charCodeAt(i + 1) === 0x2e) return false;
  }
  // A CR at the very end may be completed by the next chunk: left to the escaper.
  for (let i = s.indexOf('\r'); i >= 0; i = s.indexOf('\r', i + 1)) if (s.charCodeAt(i + 1) !== 0x0a) return false;
  return true;
}

/** Whole messages known clean by how they were built (MimeComposer), so DATA need not scan them. */
const builtClean = new WeakSet<Buffer>();

export function markClean(message: Buffer): Buffer {
  builtClean.add(message);
  return message;
}

/** The parts of nodemailer's DATA stream (DataStream) this relies on. */
interface DataStreamState {
  inByteCount: number;
  outByteCount: number;
  lastByte: number | false;
  push(chunk: Buffer): boolean;
  _transform(chunk: Buffer | string, encoding: BufferEncoding, done: () => void): void;
}

interface WithSendStream {
  _createSendStream(callback: unknown): DataStreamState;
}

/**
 * Lets clean messages through nodemailer's DATA stream without its per-byte
 * JavaScript scan (a third of a millisecond per 70 KB message, as much as
 * building it). Anything else still goes through nodemailer's own escaping,
 * byte for byte as before. Relies on SMTPConnection creating its DataStream in
 * `_createSendStream`: a release that renames it would turn this off, so
 * nodemailer is pinned to an exact version and tests/deliver/clean-data.test.ts
 * fails when the shortcut is not in effect.
 */
export function skipScanWhenClean(conn: SMTPConnection): void {
  const target = conn as unknown as Partial<WithSendStream>;
  const create = target._createSendStream;
  if (typeof create !== 'function') return;
  target._createSendStream = function (this: WithSendStream, callback: unknown) {
    const stream = create.call(this, callback);
    const escape = stream._transform;
    stream._transform = function (this: DataStreamState, chunk, encoding, done) {
      const clean = Buffer.isBuffer(chunk) && ((this.lastByte === false && builtClean.has(chunk)) || needsNoEscaping(chunk, this.lastByte));
      if (!clean) return escape.call(this, chunk, encoding, done);
      if (chunk.length > 0) {
        this.inByteCount += chunk.length;
        this.outByteCount += chunk.length;
        this.lastByte = chunk[chunk.length - 1]!;
        this.push(chunk);
      }
      done();
    };
    return stream;
  };
}
