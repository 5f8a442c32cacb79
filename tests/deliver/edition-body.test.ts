import { describe, expect, it } from 'vitest';
import { MimeComposer } from '../../src/deliver/index.js';
import type { OutboundEmail } from '../../src/domain/outbound-email.js';
import { fillSlots, type SlottedMail, type SlottedText } from '../../src/domain/slotted-text.js';

const long = 'Grüße aus der Redaktion, '.repeat(8);
const text: SlottedText = { parts: ['Hello ', ',\n', `\n${long}`, ` tail\n.dot line `, '\nend'], slots: [0, 1, 0, 2] };
const html: SlottedText = { parts: ['<p>Hi ', '</p>\n<a href="', `">x</a>\n<p>${long}</p>`], slots: [0, 1] };

function readerMail(values: string[], htmlValues: string[]): { plain: OutboundEmail; slotted: OutboundEmail } {
  const slotted: SlottedMail = { html, text, values, htmlValues };
  const plain: OutboundEmail = {
    to: 'Ani <ani@example.org>',
    from: 'Brief <brief@news.example.org>',
    subject: 'Morning ☕',
    html: fillSlots(html, htmlValues),
    text: fillSlots(text, values),
    messageId: '<e1.1@news.example.org>',
    headers: { 'List-Id': 'Brief <brief.news.example.org>' },
  };
  return { plain, slotted: { ...plain, slotted } };
}

/** The message with its boundary made neutral: each composer picks its own. */
const neutral = (b: Buffer) => b.toString('latin1').replace(/=_nd_[0-9a-f]+_[0-9a-z]+/g, 'BOUNDARY');

describe("a reader's copy of an edition built from the body encoded once", () => {
  it('is byte for byte the message built from the whole texts, for every reader', () => {
    const shared = new MimeComposer();
    const date = new Date('2026-12-01T07:00:00Z');
    const readers: [string[], string[]][] = [
      [
        ['Ani', 'https://x.example/u/1?a=1&b=2', 'ani@example.org'],
        ['Ani', 'https://x.example/u/1?a=1&amp;b=2', 'ani@example.org'],
      ],
      [
        [`Wulan ${'Sari '.repeat(30)}`, 'https://x.example/u/2', 'w@example.org'],
        ['Wulan', 'https://x.example/u/2', 'w@example.org'],
      ],
      // A value that starts a line with a dot, and one that breaks a line.
      [
        ['.Dot', 'line\nbreak', 'ü=@example.org'],
        ['.Dot', 'u', 'ü=@example.org'],
      ],
      // A CRLF line break, and a line ending in a space, inside a value.
      [
        ['Ché ', 'crlf\r\nbreak ', 'c@example.org'],
        ['Ché ', 'u', 'c@example.org'],
      ],
      // Values longer than the room a reader's lines usually take, written after a short one.
      [
        [`Жанна ${'ж'.repeat(3000)}`, 'https://x.example/u/5', 'z@example.org'],
        ['Жанна', `https://x.example/u/5?${'q'.repeat(5000)}`, 'z@example.org'],
      ],
    ];
    for (const [values, htmlValues] of readers) {
      const { plain, slotted } = readerMail(values, htmlValues);
      const fromEdition = shared.compose(slotted, date);
      expect(neutral(fromEdition)).toBe(neutral(new MimeComposer().compose(plain, date)));
      for (const line of fromEdition.toString('latin1').split('\r\n')) {
        expect(line.length).toBeLessThanOrEqual(76);
        expect(line.startsWith('.')).toBe(false);
      }
    }
  });

  it('goes out in few pieces: only the shared runs past a kilobyte are pieces of their own, the rest shares one buffer per stretch', () => {
    const big = 'Eine lange gemeinsame Zeile des Hefts. '.repeat(40);
    const wide: SlottedText = { parts: ['Hello ', `,\n${big}\nsee `, '\nbye ', '\n'], slots: [0, 1, 0] };
    const slotted: SlottedMail = { html: wide, text: wide, values: ['Ani', 'https://x.example/u/1'], htmlValues: ['Ani', 'https://x.example/u/1'] };
    const mail = { ...readerMail(['Ani', 'u', 'a@x'], ['Ani', 'u', 'a@x']).plain, slotted };
    const date = new Date('2026-12-01T07:00:00Z');
    const pieces = new MimeComposer().composeChunks(mail, date);
    // Each part's long line is a shared piece; the head, the reader's lines and what lies between them make three more.
    expect(pieces.map((p) => p.length > 1024)).toEqual([false, true, false, true, false]);
    expect(neutral(Buffer.concat(pieces))).toBe(
      neutral(
        new MimeComposer().compose({ ...mail, slotted: undefined, text: fillSlots(wide, slotted.values), html: fillSlots(wide, slotted.htmlValues) }, date),
      ),
    );
  });

  it('uses one boundary per edition body and another for another edition', () => {
    const composer = new MimeComposer();
    const boundaryOf = (b: Buffer) => /boundary="([^"]+)"/.exec(b.toString('latin1'))![1];
    const a = boundaryOf(composer.compose(readerMail(['A', 'u', 'a@x'], ['A', 'u', 'a@x']).slotted));
    const b = boundaryOf(composer.compose(readerMail(['B', 'u', 'b@x'], ['B', 'u', 'b@x']).slotted));
    const other = { ...readerMail(['A', 'u', 'a@x'], ['A', 'u', 'a@x']).slotted };
    other.slotted = { ...other.slotted!, text: { ...text } };
    expect(a).toBe(b);
    expect(boundaryOf(composer.compose(other))).not.toBe(a);
  });
});

describe('the headers of messages built one after another by one composer', () => {
  it('are each message’s own: a value that changed is written anew, one that did not is the same line', () => {
    const shared = new MimeComposer();
    const date = new Date('2026-12-01T07:00:00Z');
    const headOf = (b: Buffer) => neutral(b).split('\r\n\r\n')[0]!;
    const mails = ['Ani <ani@example.org>', 'Budi Santoso <budi@example.org>', 'Ani <ani@example.org>'].map((to, i) => {
      const { slotted } = readerMail(['N', `https://x.example/u/${i}`, 'e@x'], ['N', `https://x.example/u/${i}`, 'e@x']);
      const unsubscribe = `<https://x.example/unsubscribe/${'t'.repeat(60)}${i}>, <mailto:r@x.example?subject=unsubscribe%20${i}>`;
      // The same value under two names: each header keeps its own way of writing it.
      return { ...slotted, to, subject: i === 1 ? 'Morgen ☕' : 'Morning', headers: { 'List-Unsubscribe': unsubscribe, 'X-Copy-To': to } };
    });
    for (const mail of mails) expect(headOf(shared.compose(mail, date))).toBe(headOf(new MimeComposer().compose(mail, date)));
    const second = headOf(shared.compose(mails[1]!, date));
    expect(second).toContain('To: Budi Santoso <budi@example.org>');
    expect(second).toContain('X-Copy-To: Budi Santoso <budi@example.org>');
    expect(second).toContain('Subject: Morgen =?UTF-8?Q?=E2=98=95?=');
    expect(second).toContain('unsubscribe%201>');
  });
});
