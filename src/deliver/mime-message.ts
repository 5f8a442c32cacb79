import { randomBytes } from 'node:crypto';
import { encodeWords } from 'nodemailer/lib/mime-funcs/index.js';
import type { OutboundEmail } from '../domain/outbound-email.js';
import type { SlottedMail, SlottedText } from '../domain/slotted-text.js';
import { isClean, isCleanText, markClean } from './clean-data.js';
import { EditionBody } from './edition-body.js';
import { foldHeader } from './fold-header.js';
import { stripControl } from './list-headers.js';
import { QuotedPrintableEncoder } from './quoted-printable.js';

/** SMTP envelope of one message: the bounce address and the one recipient. */
export interface Envelope {
  from: string;
  to: string;
}

/**
 * Builds RFC 5322 messages: multipart/alternative, text then HTML, both
 * quoted-printable. One place decides the headers for SMTP, outbox and preview.
 * A reader's copy of an edition (mail.slotted) reuses the edition's body
 * encoded once (EditionBody); other messages go through the encoder's line cache.
 */
export class MimeComposer {
  private readonly qp = new QuotedPrintableEncoder();
  /** Random per composer, counted per message: unique without paying for randomness each time. */
  private readonly boundaryPrefix = `=_nd_${randomBytes(9).toString('hex')}_`;
  private messages = 0;
  private dateSecond = NaN;
  private dateValue = '';
  /** Edition bodies encoded once, by their shared html and text. */
  private readonly bodies = new WeakMap<SlottedText, WeakMap<SlottedText, EditionBody>>();
  /** Header values that needed encoded-words, encoded: an edition's subject is the same for every reader. */
  private readonly words = new Map<string, string>();
  private readonly encodeHeader = (value: string): string => {
    // Most values (a reader's List-Unsubscribe...) need no encoded-word: a native test instead of encodeWords' walk.
    if (PLAIN_HEADER.test(value) && !value.includes('=?')) return value;
    const known = this.words.get(value);
    if (known !== undefined) return known;
    const encoded = encodeWords(value, 'Q', 52);
    if (encoded === value) return value;
    if (this.words.size >= WORDS_KEPT) this.words.clear();
    this.words.set(value, encoded);
    return encoded;
  };

  /** Each header line's last name, value and line, by its place in the head: most of an edition's headers are the same for every reader. */
  private readonly lastLines: (HeaderLine | undefined)[] = [];
  /** The header lines of the message being built (headOf), the array reused from message to message. */
  private readonly head: string[] = [];
  /** No line of `head` needs SMTP's DATA escaping. */
  private headClean = true;
  private readonly encodeValue = (value: string): string => this.encodeHeader(stripControl(value));

  compose(mail: OutboundEmail, date: Date = new Date()): Buffer {
    if (mail.slotted) {
      const chunks = this.composeFromEdition(mail, mail.slotted, date);
      const message = Buffer.concat(chunks);
      return isClean(chunks) ? markClean(message) : message;
    }
    // "=_" never occurs in quoted-printable output, so the boundary cannot clash with a body.
    const boundary = this.nextBoundary();
    this.headOf(mail, date, boundary);
    const head = this.head.join('\r\n');
    const part = (type: string, body: string) =>
      `--${boundary}\r\nContent-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${this.qp.encode(body)}\r\n`;
    const message = Buffer.from(`${head}\r\n\r\n${part('text/plain', mail.text)}${part('text/html', mail.html)}--${boundary}--\r\n`, 'utf8');
    // Quoted-printable lines are CRLF-ended and never start with a dot; with a clean head the
    // whole message needs no SMTP escaping, and the connection can skip scanning it.
    return this.headClean ? markClean(message) : message;
  }

  /**
   * The message as pieces, for a writer that sends them as they are: a
   * reader's copy of an edition is then never copied into one buffer.
   */
  composeChunks(mail: OutboundEmail, date: Date = new Date()): readonly Buffer[] {
    return mail.slotted ? this.composeFromEdition(mail, mail.slotted, date) : [this.compose(mail, date)];
  }

  /** A reader's copy of an edition: the body's shared bytes were encoded once, only the head and the reader's lines are new. */
  private composeFromEdition(mail: OutboundEmail, slotted: SlottedMail, date: Date): Buffer[] {
    let byText = this.bodies.get(slotted.html);
    if (!byText) this.bodies.set(slotted.html, (byText = new WeakMap()));
    let body = byText.get(slotted.text);
    if (!body) byText.set(slotted.text, (body = new EditionBody(this.nextBoundary(), slotted.text, slotted.html)));
    this.headOf(mail, date, body.boundary);
    const chunks = body.chunks(this.head, slotted);
    return this.headClean ? markClean(chunks) : chunks;
  }

  /** Puts the message's header lines, folded, in `head` (without the blank line after them), and says in `headClean` whether they need escaping. */
  private headOf(mail: OutboundEmail, date: Date, boundary: string): void {
    this.head.length = 0;
    this.headClean = true;
    this.addLine('From', mail.from, encodeAddress);
    this.addLine('To', mail.to, encodeAddress);
    if (mail.replyTo) this.addLine('Reply-To', mail.replyTo, encodeAddress);
    this.addLine('Subject', mail.subject, this.encodeValue);
    this.addLine('Date', this.dateText(date), asItIs);
    this.addLine('Message-ID', mail.messageId, stripControl);
    this.head.push('MIME-Version: 1.0');
    if (mail.lang) this.addLine('Content-Language', mail.lang, stripControl);
    for (const name in mail.headers) this.addLine(name, mail.headers[name]!, this.encodeValue);
    this.addLine('Content-Type', `multipart/alternative; boundary="${boundary}"`, asItIs);
  }

  /** The header's line, folded, with its value made safe by `clean`; worked out again only when the value changed. */
  private addLine(name: string, value: string, clean: (value: string) => string): void {
    // By place, not by name: an array read where a map's look-up hashed the name, a dozen times a message.
    const place = this.head.length;
    let last = this.lastLines[place];
    if (last?.value !== value || last.name !== name || last.clean !== clean) {
      const line = foldHeader(`${name}: ${clean(value)}`);
      last = { name, value, clean, line, escapeFree: isCleanText(line) };
      this.lastLines[place] = last;
    }
    this.head.push(last.line);
    if (!last.escapeFree) this.headClean = false;
  }

  /** The Date header's value, written anew only when the second changed: copies sent in the same second share it. */
  private dateText(date: Date): string {
    const second = Math.floor(date.getTime() / 1000);
    if (second !== this.dateSecond) {
      this.dateSecond = second;
      this.dateValue = rfc5322Date(date);
    }
    return this.dateValue;
  }

  private nextBoundary(): string {
    return `${this.boundaryPrefix}${(this.messages++).toString(36)}`;
  }
}

/** A header's last name and value, how it was made safe, and its line. */
interface HeaderLine {
  name: string;
  value: string;
  clean: (value: string) => string;
  line: string;
  /** The line needs no SMTP escaping (clean-data.ts). */
  escapeFree: boolean;
}

/** A header value encodeWords leaves as it is: no quote and nothing outside ASCII (an "=?" aside). */
const PLAIN_HEADER = /^[^"\u0080-\uffff]*$/;

/** Encoded header values kept per composer; past this many the cache starts again. */
const WORDS_KEPT = 64;

const asItIs = (value: string): string => value;

/** The envelope sender is the From address; bounces come back to it. */
export function envelopeOf(mail: OutboundEmail): Envelope {
  return { from: bareAddress(mail.from), to: bareAddress(mail.to) };
}

const shared = new MimeComposer();

/** The whole RFC 5322 message as bytes (outbox files, preview .eml). */
export async function buildMime(mail: OutboundEmail, date?: Date): Promise<Buffer> {
  return shared.compose(mail, date);
}

function bareAddress(address: string): string {
  return (/<([^>]+)>\s*$/.exec(address)?.[1] ?? address).trim();
}

/** `Name <addr>` with the name quoted or encoded as needed; a bare address as it is. */
function encodeAddress(address: string): string {
  const clean = stripControl(address);
  // A bare address (a reader's, nearly always) is as bareAddress gives it: no pattern tried.
  if (!clean.includes('<')) return clean;
  const m = /^(.*?)\s*<([^>]+)>$/.exec(clean);
  if (!m || !m[1]) return bareAddress(clean);
  const name = m[1].replace(/^"|"$/g, '');
  const encoded = /[^\x20-\x7e]/.test(name)
    ? encodeWords(name, 'Q', 52)
    : /^[\w !#$%&'*+\-/=?^`{|}~]*$/.test(name)
      ? name
      : `"${name.replace(/["\\]/g, '\\$&')}"`;
  return `${encoded} <${m[2]}>`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function rfc5322Date(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}
