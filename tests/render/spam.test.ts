import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { describe, expect, it } from 'vitest';
import { createRenderer } from '../../src/render/index.js';
import { findBinary, skipWithoutBinary } from './find-binary.js';
import { context, morningBrief, reader } from './fixtures/morning-brief.js';

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
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(out).toString('utf8')) : reject(new Error(`spamassassin exited ${code}: ${Buffer.concat(err).toString()}`))));
    child.stdin.end(message);
  });
}

describe.skipIf(skip)('SpamAssassin on a full rendered digest', () => {
  it('scores at most 1.0', { timeout: 120_000 }, async () => {
    const renderer = await createRenderer({ templatesDir: path.join(root, 'templates'), validation: 'strict' });
    const edition = await renderer.renderEdition({ ...morningBrief, moreCount: 2 }, context);
    const to = reader(7);
    const mail = edition.personalize(to);
    // Headers as a real send sets them (deliver builds these; the test stands in for it).
    const message = await new MailComposer({
      from: context.fromAddress,
      to: `"${to.name}" <${to.email}>`,
      subject: mail.subject,
      date: new Date('2026-11-25T00:00:05Z'),
      messageId: `<${morningBrief.id}.7@brief.example.org>`,
      html: mail.html,
      text: mail.text,
      headers: {
        'List-Id': `${context.listName} <${context.listId}>`,
        'List-Unsubscribe': `<${to.unsubscribeUrl}>, <mailto:unsubscribe@brief.example.org?subject=unsubscribe>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        'Content-Language': morningBrief.lang,
      },
    })
      .compile()
      .build();
    await mkdir(path.join(root, 'test-artifacts', 'render'), { recursive: true });
    await writeFile(path.join(root, 'test-artifacts', 'render', 'digest-en.eml'), message);

    const report = await runSpamAssassin(message);
    const status = /^X-Spam-Status: (?:Yes|No), score=(-?[\d.]+)[^\n]*(?:\n[ \t][^\n]*)*/m.exec(report);
    expect(status, 'X-Spam-Status header in the report').not.toBeNull();
    const score = Number(status![1]);
    const rules = [...report.matchAll(/^\s*(-?\d+\.\d+)\s+([A-Z0-9_]+)\s/gm)].map((m) => `${m[2]} ${m[1]}`);
    console.log(`SpamAssassin score ${score}; rules: ${rules.join(', ') || '(none)'}`);
    expect(score).toBeLessThanOrEqual(1.0);
  });
});
