import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { simpleParser } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { repoRoot, writeTestConfig } from '../helpers/test-config.js';

describe('news-digest dev-smtp', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  it('takes a test copy over SMTP and writes it to the outbox, then stops cleanly on SIGINT', { timeout: 120_000 }, async () => {
    const { dir, config } = writeTestConfig(['demoSubscriber: reader@example.org', 'outboxDir: inbox']);
    child = spawn(process.execPath, [path.join(repoRoot, 'bin/news-digest.js'), 'dev-smtp', '--port', '0', '--config', config], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
    const lines: string[] = [];
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child!.stdout! }).on('line', (line) => {
        lines.push(line);
        const m = /^dev-smtp: listening on (smtp:\/\/127\.0\.0\.1:\d+); mail goes to file:\/\/.*\/inbox\/index\.html$/.exec(line);
        if (m) resolve(m[1]!);
      });
      child!.once('exit', (code) => reject(new Error(`dev-smtp exited ${code}: ${stderr}`)));
    });
    await expect.poll(() => stderr, { timeout: 10_000 }).toContain(`SMTP_URL=${url} npx news-digest send --to`);

    const sent = await cli(['send', '--to', 'me@example.net', '--config', config], { cwd: dir, env: { SMTP_URL: url } });
    expect(sent.code, sent.stderr).toBe(0);
    expect(sent.stdout).toMatch(/^daily: test copy to me@example\.net: 250 /m);

    const inbox = path.join(dir, 'inbox');
    await expect.poll(() => lines.some((l) => /^dev-smtp: "\[test\] .+" to me@example\.net -> .+\.eml$/.test(l)), { timeout: 10_000 }).toBe(true);
    const eml = readdirSync(inbox).filter((f) => f.endsWith('.eml'));
    expect(eml).toHaveLength(1);
    const mail = await simpleParser(readFileSync(path.join(inbox, eml[0]!)));
    expect(mail.subject).toMatch(/^\[test\] /);
    expect(readFileSync(path.join(inbox, eml[0]!.replace(/\.eml$/, '.html')), 'utf8')).toBe(mail.html);
    const index = readFileSync(path.join(inbox, 'index.html'), 'utf8');
    expect(index).toContain(eml[0]!.replace(/\.eml$/, '.html'));
    expect(index).toContain('to me@example.net');

    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });

  it('refuses a port that is not a number', async () => {
    const r = await cli(['dev-smtp', '--port', 'smtp']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--port must be a number');
  });
});
