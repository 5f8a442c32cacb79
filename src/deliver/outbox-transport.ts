import { mkdirSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OutboundEmail, SendResult } from '../domain/outbound-email.js';
import { buildMime } from './mime-message.js';
import type { Transport } from './transport.js';

/**
 * Delivery to a folder: one .eml per message and an index.html linking them,
 * so the offline demo and a machine without SMTP still show real messages.
 */
export function outboxTransport(dir: string): Transport {
  mkdirSync(dir, { recursive: true });
  const written: { file: string; to: string; subject: string }[] = [];
  return {
    kind: 'outbox',
    destination: dir,
    async send(mail: OutboundEmail): Promise<SendResult> {
      const file = `${safeName(mail.messageId)}.eml`;
      const htmlFile = `${safeName(mail.messageId)}.html`;
      await writeFile(path.join(dir, file), await buildMime(mail));
      await writeFile(path.join(dir, htmlFile), mail.html);
      written.push({ file, to: mail.to, subject: mail.subject });
      return { messageId: mail.messageId, response: path.join(dir, file) };
    },
    async close() {
      if (written.length > 0) writeFileSync(path.join(dir, 'index.html'), indexPage(written));
    },
  };
}

function safeName(messageId: string): string {
  return messageId.replace(/^<|>$/g, '').replace(/[^A-Za-z0-9._-]+/g, '_');
}

function indexPage(rows: { file: string; to: string; subject: string }[]): string {
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const items = rows
    .map((r) => {
      const html = r.file.replace(/\.eml$/, '.html');
      return `<li><a href="${esc(html)}">${esc(r.subject)}</a> to ${esc(r.to)} <small>(<a href="${esc(r.file)}">.eml</a>)</small></li>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>news-digest outbox</title>
<body style="font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto"><h1>Outbox</h1>
<p>Messages written by the last send, newest last.</p><ul>
${items}
</ul></body></html>
`;
}
