import { describe, expect, it } from 'vitest';
import { markClean } from '../../src/deliver/clean-data.js';
import { MimeComposer, needsNoEscaping, SmtpPool } from '../../src/deliver/index.js';
import { startSmtpSink } from '../helpers/smtp-sink.js';

const b = (s: string) => Buffer.from(s, 'latin1');

describe('needsNoEscaping: when DATA can go out as it is', () => {
  it('is true only for CRLF lines that do not start with a dot', () => {
    expect(needsNoEscaping(b('Subject: x\r\n\r\nbody\r\n'), false)).toBe(true);
    expect(needsNoEscaping(b(''), false)).toBe(true);
    expect(needsNoEscaping(b('a\nb\r\n'), false)).toBe(false); // bare LF
    expect(needsNoEscaping(b('a\rb\r\n'), false)).toBe(false); // bare CR
    expect(needsNoEscaping(b('a\r\n.b\r\n'), false)).toBe(false); // dot at a line start
    expect(needsNoEscaping(b('.a\r\n'), false)).toBe(false); // dot at the very start
    expect(needsNoEscaping(b('a\r\n\r'), false)).toBe(false); // a CR the next chunk may complete
  });

  it('looks at the byte before the chunk', () => {
    expect(needsNoEscaping(b('.a\r\n'), 0x61)).toBe(true);
    expect(needsNoEscaping(b('.a\r\n'), 0x0a)).toBe(false);
    expect(needsNoEscaping(b('\na'), 0x0d)).toBe(true);
    expect(needsNoEscaping(b('\na'), 0x61)).toBe(false);
    expect(needsNoEscaping(b('a'), 0x0d)).toBe(false);
  });
});

describe('MimeComposer output, which DATA sends without scanning', () => {
  it('is clean even when bodies and headers carry dots, bare CRs and line breaks', () => {
    const composer = new MimeComposer();
    for (let i = 0; i < 3; i++) {
      const message = composer.compose({
        to: `Reader ${i} <r${i}@example.org>`,
        from: 'Brief <brief@news.example.org>',
        subject: `.dotted\r\nBcc: x@example.org ${i}`,
        html: `.starts with a dot\n<p>bare\rCR</p>\r\n..two\n.\n${'x'.repeat(75)}.after a soft break\nreader ${i}`,
        text: `.\r\nline\rwith CR\n\n.end ${i}`,
        messageId: `<m.${i}@news.example.org>`,
        headers: { 'List-Id': `.x\n<l.example.org>`, 'X-Weird': '\r.\n' },
      });
      expect(needsNoEscaping(message, false)).toBe(true);
    }
  });
});

/** What a real SMTP sink reads after one pooled connection sent `messages` in order. */
async function onTheWire(...messages: Buffer[]): Promise<string[]> {
  const sink = await startSmtpSink();
  try {
    const pool = new SmtpPool({
      connection: {
        host: '127.0.0.1',
        port: sink.port,
        secure: false,
        rejectUnauthorized: true,
        requireTLS: false,
        setupTimeoutMs: 5000,
        replyTimeoutMs: 5000,
        maxMessages: 10,
      },
      size: 1,
    });
    for (const m of messages) await pool.send({ from: 'a@example.org', to: 'b@example.org' }, m);
    pool.close();
    return sink.messages.map((m) => m.raw.toString('latin1'));
  } finally {
    await sink.close();
  }
}

describe('messages that need escaping still get it on the wire', () => {
  it('a line starting with a dot, and bare line ends, arrive intact', async () => {
    const clean = b('Subject: clean\r\n\r\nplain\r\n');
    const dotted = b('Subject: dotted\r\n\r\nfirst\r\n.\r\n..two\r\nbare\nend\r\n');
    const [first, second] = await onTheWire(clean, dotted);
    expect(first).toBe(clean.toString('latin1'));
    // The lone dot did not end DATA early; the dots came through unstuffed; the bare LF became CRLF.
    expect(second).toBe('Subject: dotted\r\n\r\nfirst\r\n.\r\n..two\r\nbare\r\nend\r\n');
  });
});

describe('a message the composer built goes out unscanned', () => {
  // Built clean, so DATA sends its bytes as they are: a deliberately unescaped ".." line start
  // that the sink reads as one dot (it would read two had the connection stuffed it) shows it.
  it('sends a message marked clean as it is', async () => {
    const [trusted] = await onTheWire(markClean(b('Subject: trusted\r\n\r\n..unscanned\r\n')));
    expect(trusted).toBe('Subject: trusted\r\n\r\n.unscanned\r\n');
  });
});
