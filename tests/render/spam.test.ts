import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { describe, expect, it } from 'vitest';
import { createRenderer } from '../../src/render/index.js';
import { findBinary, skipWithoutBinary } from '../helpers/find-binary.js';
import { context, morningBrief, pagiIni, reader } from './fixtures/morning-brief.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const spamassassin = findBinary('spamassassin');
const skip = skipWithoutBinary(spamassassin, 'spamassassin');

/** `spamassassin -t -L`: offline rules only; the report ends with the score and the rules that fired. */
function runSpamAssassin(message: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(spamassassin!, ['-t', '-L'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(out).toString('utf8')) : reject(new Error(`spamassassin exited ${code}: ${Buffer.concat(err).toString()}`)),
    );
    child.stdin.end(message);
  });
}

interface Mail {
  subject: string;
  html: string;
  text: string;
}

/** A full RFC 5322 message with the headers a real send sets (deliver builds them; the test stands in for it). */
function buildMessage(mail: Mail, lang: string, n: number): Promise<Buffer> {
  const to = reader(n);
  return new MailComposer({
    from: context.fromAddress,
    to: `"${to.name}" <${to.email}>`,
    subject: mail.subject,
    date: new Date('2026-11-25T00:00:05Z'),
    messageId: `<${morningBrief.id}.${n}.3f9c2a@brief.example.org>`,
    html: mail.html,
    text: mail.text,
    headers: {
      'List-Id': `${context.listName} <${context.listId}>`,
      'List-Unsubscribe': `<${to.unsubscribeUrl}>, <mailto:unsubscribe@brief.example.org?subject=unsubscribe>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Content-Language': lang,
    },
  })
    .compile()
    .build();
}

async function score(name: string, message: Buffer): Promise<number> {
  const dir = path.join(root, 'test-artifacts', 'render');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `${name}.eml`), message);
  const report = await runSpamAssassin(message);
  const status = /^X-Spam-Status: (?:Yes|No), score=(-?[\d.]+)/m.exec(report);
  expect(status, 'X-Spam-Status header in the report').not.toBeNull();
  const rules = [...report.matchAll(/^\s*(-?\d+\.\d+)\s+([A-Z0-9_]+)\s/gm)].map((m) => `${m[2]} ${m[1]}`);
  console.log(`${name}: SpamAssassin score ${status![1]}; rules: ${rules.join(', ') || '(none)'}`);
  return Number(status![1]);
}

describe.skipIf(skip)('SpamAssassin on full rendered messages', () => {
  for (const digest of [morningBrief, pagiIni]) {
    it(`${digest.lang} digest scores at most 1.0`, { timeout: 120_000 }, async () => {
      const renderer = await createRenderer({ templatesDir: path.join(root, 'templates'), validation: 'strict' });
      const mail = (await renderer.renderEdition({ ...digest, moreCount: 2 }, context)).personalize(reader(7));
      expect(await score(`digest-${digest.lang}`, await buildMessage(mail, digest.lang, 7))).toBeLessThanOrEqual(1.0);
    });
  }

  it('the confirmation mail scores at most 1.0', { timeout: 120_000 }, async () => {
    const renderer = await createRenderer({ templatesDir: path.join(root, 'templates'), validation: 'strict' });
    const mail = await renderer.renderConfirmation({
      listName: context.listName,
      confirmUrl: 'https://brief.example.org/c/tok-8-confirm',
      lang: 'en',
      publicUrl: context.publicUrl,
      postalAddress: context.postalAddress,
      email: reader(8).email,
    });
    expect(await score('confirmation-en', await buildMessage(mail, 'en', 8))).toBeLessThanOrEqual(1.0);
  });
});
