import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('npm start on a fresh machine: embedded defaults, demo feeds, local outbox', () => {
  it('sends the demo edition to the demo reader as .eml files with an index, then has nothing new', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nd-demo-'));
    cpSync(path.join(root, 'feeds'), path.join(dir, 'feeds'), { recursive: true });
    cpSync(path.join(root, 'templates'), path.join(dir, 'templates'), { recursive: true });

    const first = await cli(['send'], { cwd: dir, env: {} });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/sent edition daily-\S+: 7 stories, 1 submitted, 0 failed/);
    expect(first.stdout).toContain(`Open file://${path.join(dir, 'outbox', 'index.html')}`);
    expect(existsSync(path.join(dir, 'data', 'news-digest.sqlite'))).toBe(true);

    const files = readdirSync(path.join(dir, 'outbox'));
    const eml = files.filter((f) => f.endsWith('.eml'));
    expect(eml).toHaveLength(1);
    const message = readFileSync(path.join(dir, 'outbox', eml[0]!), 'utf8');
    expect(message).toMatch(/^To: reader@example\.com$/m);
    expect(message).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect(readFileSync(path.join(dir, 'outbox', 'index.html'), 'utf8')).toContain(eml[0]!.replace('.eml', '.html'));

    const second = await cli(['send'], { cwd: dir, env: {} });
    expect(second.stdout).toContain('nothing new to send');
    expect(readdirSync(path.join(dir, 'outbox')).filter((f) => f.endsWith('.eml'))).toHaveLength(1);
  });
});
