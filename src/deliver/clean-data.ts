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

/**
 * The mark of a message (whole, or as pieces) known clean by how it was built
 * (MimeComposer), so DATA need not scan it (dataOf). A property of its own, not
 * membership of a WeakSet: adding each new message to a weak set took V8's
 * slow write barrier for weak keys, once per reader.
 */
const BUILT_CLEAN = Symbol('built clean');

interface Marked {
  [BUILT_CLEAN]?: true;
}

export function markClean<T extends Buffer | readonly Buffer[]>(message: T): T {
  (message as Marked)[BUILT_CLEAN] = true;
  return message;
}

export function isClean(message: Buffer | readonly Buffer[]): boolean {
  return (message as Marked)[BUILT_CLEAN] === true;
}

const END = Buffer.from('.\r\n', 'latin1');
const LINE_AND_END = Buffer.from('\r\n.\r\n', 'latin1');

/**
 * A message as DATA content, its final "." line included. A message the
 * composer built goes out as it is, unscanned; any other is checked natively
 * and escaped only when it needs it: every line end made CRLF (a bare CR too,
 * so "\r.\r" can never end the data early) and a dot starting a line doubled.
 */
export function dataOf(message: Buffer | readonly Buffer[]): Buffer[] {
  // Pieces built clean end with their closing boundary's CRLF.
  if (!Buffer.isBuffer(message) && isClean(message) && message.length > 0) return [...message, END];
  const whole = Buffer.isBuffer(message) ? message : Buffer.concat(message);
  const data = isClean(whole) || needsNoEscaping(whole, false) ? whole : escaped(whole);
  const lineEnded = data.length >= 2 && data[data.length - 2] === 0x0d && data[data.length - 1] === 0x0a;
  return [data, lineEnded || data.length === 0 ? END : LINE_AND_END];
}

function escaped(message: Buffer): Buffer {
  const text = message.toString('latin1').replace(/\r\n|\r|\n/g, '\r\n');
  return Buffer.from(text.replace(/(^|\r\n)\./g, '$1..'), 'latin1');
}
