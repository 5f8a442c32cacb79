import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { simpleParser } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import type { PreviewState } from '../../src/server/preview/index.js';
import { openStore } from '../../src/store/index.js';
import { cli } from '../helpers/run-cli.js';
import { makeWorkspace, root, type Workspace } from '../helpers/preview-workspace.js';

const workspaces: Workspace[] = [];
async function workspace(o?: Parameters<typeof makeWorkspace>[0]): Promise<Workspace> {
  const ws = await makeWorkspace(o);
  workspaces.push(ws);
  return ws;
}

afterAll(async () => {
  for (const ws of workspaces) await ws.remove();
});

describe('preview --out', () => {
  it('writes the html, txt and eml of the next edition without a server, and marks nothing sent', async () => {
    const ws = await workspace({ maxStories: 2 });
    const out = path.join(ws.dir, 'out');
    const r = await cli(['preview', '--out', out, '--config', ws.configPath], { cwd: ws.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^daily: 2 stories, \d+ bytes of HTML -> .*daily\.html$/m);
    const html = await readFile(path.join(out, 'daily.html'), 'utf8');
    const text = await readFile(path.join(out, 'daily.txt'), 'utf8');
    const eml = await simpleParser(await readFile(path.join(out, 'daily.eml')));
    expect(html).toContain('<!doctype html>');
    expect(eml.html).toBe(html);
    expect(eml.text?.trim()).toBe(text.trim());
    expect(eml.to && 'text' in eml.to ? eml.to.text : '').toBe('reader@example.org');

    const store = await openStore(path.join(ws.dir, 'digest.sqlite'));
    try {
      expect(await store.editions.list()).toEqual([]);
      expect((await store.articles.unsent('daily', '1970-01-01T00:00:00Z')).length).toBe(7);
    } finally {
      await store.close();
    }
  });

  it('names on stderr the labels a language file lacks, which the mail shows in English', async () => {
    const ws = await workspace({ maxStories: 1 });
    const file = path.join(ws.templatesDir, 'i18n/de.json');
    const de = JSON.parse(await readFile(file, 'utf8')) as { labels: Record<string, unknown>; pages: Record<string, unknown> };
    delete de.labels['readArticle'];
    delete de.pages['saveButton'];
    await writeFile(file, JSON.stringify(de));
    const r = await cli(['preview', '--out', path.join(ws.dir, 'out'), '--config', ws.configPath], { cwd: ws.dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('preview: i18n/de.json lacks 2 labels, shown in English: labels.readArticle, pages.saveButton\n');
    expect(r.stderr).not.toMatch(/i18n\/(en|fr|nl)\.json/);
  });

  it('refuses a port that is not a number', async () => {
    const ws = await workspace();
    const r = await cli(['preview', '--port', 'eighty', '--config', ws.configPath], { cwd: ws.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--port must be a number');
  });

  it('documents the server options', async () => {
    const r = await cli(['preview', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--out DIR', '--port N', '--open', '--reader EMAIL', '--no-fetch']) expect(r.stdout).toContain(flag);
  });
});

describe('preview (server mode) as a process', () => {
  let child: ChildProcess | undefined;

  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  it('serves on 127.0.0.1, opens the browser with the platform opener, and stops cleanly on SIGINT', { timeout: 120_000 }, async () => {
    const ws = await workspace();
    // A stand-in opener on PATH records what it was asked to open.
    const bin = path.join(ws.dir, 'bin');
    await mkdir(bin);
    const opened = path.join(bin, 'opened.txt');
    const opener = process.platform === 'darwin' ? 'open' : 'xdg-open';
    await writeFile(path.join(bin, opener), `#!/bin/sh\necho "$@" > "${opened}"\n`);
    await chmod(path.join(bin, opener), 0o755);

    child = spawn(process.execPath, [path.join(root, 'bin/news-digest.js'), 'preview', '--port', '0', '--open', '--config', ws.configPath], {
      cwd: ws.dir,
      env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
    const lines = createInterface({ input: child.stdout! });
    const url = await new Promise<string>((resolve, reject) => {
      lines.on('line', (line) => {
        const m = /^preview: (http:\/\/127\.0\.0\.1:\d+\/)$/.exec(line);
        if (m) resolve(m[1]!);
      });
      child!.once('exit', (code) => reject(new Error(`preview exited ${code}: ${stderr}`)));
    });

    const state = (await (await fetch(new URL('/api/state', url))).json()) as PreviewState;
    expect(state.error).toBeNull();
    expect(state.mail?.stories).toBe(3);
    expect(state.feeds.every((f) => f.status === 'ok')).toBe(true);
    expect(stderr).toContain(`watching ${ws.templatesDir}`);

    await expect.poll(() => existsSync(opened) && readFile(opened, 'utf8'), { timeout: 30_000 }).toBe(`${url}\n`);

    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
