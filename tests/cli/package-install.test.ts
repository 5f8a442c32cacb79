import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/test-config.js';

const run = promisify(execFile);
// Installs take what the local npm cache holds and ask the registry only for the rest.
const { NEWS_DIGEST_FROM_SOURCES: _sources, ...outside } = process.env;
// The installed copy runs as a user's would: its compiled CLI, not the sources.
const env = { ...outside, npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

describe('installed as a package', () => {
  it('packs only what runs, and in an empty folder installs, inits and sends', { timeout: 1_200_000 }, async () => {
    const packDir = mkdtempSync(path.join(tmpdir(), 'nd-pack-'));
    const packed = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { cwd: repoRoot, env });
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    const files = info!.files.map((f) => f.path);
    for (const f of [
      'LICENSE',
      'README.md',
      'package.json',
      'bin/news-digest.js',
      'src/cli/bin.ts',
      'templates/digest.mjml',
      'feeds/feeds.yaml',
      'feeds/demo/world-wire.rss.xml',
      'starter/news-digest.yaml',
    ]) {
      expect(files, f).toContain(f);
    }
    expect(files.filter((f) => /^(tests|bench|\.ci)\/|^tsconfig|^vitest/.test(f))).toEqual([]);
    // The compiled CLI ships too (npm ci builds it), so an installed copy starts without tsx.
    expect(files).toContain('dist/cli/bin.js');
    const license = readFileSync(path.join(repoRoot, 'LICENSE'), 'utf8');
    expect(license).toMatch(/^MIT License$/m);
    expect(license).toContain('news-digest contributors');

    const project = mkdtempSync(path.join(tmpdir(), 'nd-installed-'));
    await run('npm', ['init', '-y'], { cwd: project, env });
    await run('npm', ['install', '--prefer-offline', path.join(packDir, info!.filename)], { cwd: project, env, maxBuffer: 16 * 1024 * 1024 });

    const init = await run('npx', ['--no-install', 'news-digest', 'init'], { cwd: project, env });
    expect(init.stdout).toMatch(/^Next: npx news-digest send$/m);
    const send = await run('npx', ['--no-install', 'news-digest', 'send'], { cwd: project, env });
    expect(send.stdout).toMatch(/^daily: 7 new articles; sent edition daily-\S+: 7 stories, 1 submitted, 0 failed/m);
    expect(send.stdout).toContain(`Open file://${path.join(project, 'outbox', 'index.html')}`);
  });
});
