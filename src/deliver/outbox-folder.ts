import { mkdirSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface OutboxMessage {
  messageId: string;
  to: string;
  subject: string;
  /** The whole message as sent. */
  eml: Buffer | string;
  /** Its HTML part, written beside it so a browser opens it from the index. */
  html: string;
}

export interface OutboxFolder {
  readonly dir: string;
  /** Writes the message's .eml and .html; returns the .eml path. */
  add(m: OutboxMessage): Promise<string>;
  /** Rewrites index.html to link every message added so far. */
  writeIndex(): void;
}

/**
 * A folder of messages: one .eml and one .html per message, and an index.html
 * linking them, so a machine without a mail server still shows real messages.
 */
export function outboxFolder(dir: string, about = 'Messages written by the last send'): OutboxFolder {
  mkdirSync(dir, { recursive: true });
  const written: { file: string; to: string; subject: string }[] = [];
  return {
    dir,
    async add(m) {
      const base = safeName(m.messageId);
      await writeFile(path.join(dir, `${base}.eml`), m.eml);
      await writeFile(path.join(dir, `${base}.html`), m.html);
      written.push({ file: `${base}.eml`, to: m.to, subject: m.subject });
      return path.join(dir, `${base}.eml`);
    },
    writeIndex() {
      if (written.length > 0) writeFileSync(path.join(dir, 'index.html'), indexPage(about, written));
    },
  };
}

function safeName(messageId: string): string {
  return messageId.replace(/^<|>$/g, '').replace(/[^A-Za-z0-9._-]+/g, '_');
}

function indexPage(about: string, rows: { file: string; to: string; subject: string }[]): string {
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const items = rows
    .map((r) => {
      const html = r.file.replace(/\.eml$/, '.html');
      return `<li><a href="${esc(html)}">${esc(r.subject)}</a> to ${esc(r.to)} <small>(<a href="${esc(r.file)}">.eml</a>)</small></li>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>news-digest outbox</title>
<body style="font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto"><h1>Outbox</h1>
<p>${esc(about)}, newest last.</p><ul>
${items}
</ul></body></html>
`;
}
