import { mkdtemp, readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMjml } from '../../src/render/mjml-cache.js';
import { diskCacheKey, installedMjmlVersion, loadOrCompile } from '../../src/render/mjml-disk-cache.js';
import { loadTemplate, type TemplateSource } from '../../src/render/template-source.js';

async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

async function templateOf(words: string): Promise<TemplateSource> {
  const dir = await tempDir('mjml-cache-src-');
  await mkdir(path.join(dir, 'parts'));
  await writeFile(path.join(dir, 'mail.mjml'), '<mjml><mj-body><mj-include path="parts/text.mjml" /></mj-body></mjml>');
  await writeFile(path.join(dir, 'parts/text.mjml'), `<mj-section><mj-column><mj-text>${words}</mj-text></mj-column></mj-section>`);
  return loadTemplate(dir, 'mail.mjml');
}

/** The real MJML compile, counted: a cache hit is a run where it was not called. */
function countedCompile(source: TemplateSource): { compile: () => Promise<string>; calls: () => number } {
  let calls = 0;
  return {
    compile: () => {
      calls++;
      return runMjml(source, 'strict');
    },
    calls: () => calls,
  };
}

describe('compiled MJML on disk', () => {
  const version = installedMjmlVersion();

  it('reads the installed MJML version without compiling anything', () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('a second run with the same templates reads the file and never compiles', async () => {
    const dir = await tempDir('mjml-cache-');
    const source = await templateOf('Morning edition');
    const key = diskCacheKey(source, 'strict', version);
    const first = countedCompile(source);
    const html = await loadOrCompile(dir, key, first.compile);
    expect(first.calls()).toBe(1);
    expect(html).toContain('Morning edition');

    const second = countedCompile(source);
    expect(await loadOrCompile(dir, key, second.compile)).toBe(html);
    expect(second.calls()).toBe(0);
  });

  it('an edited partial misses and compiles the new text', async () => {
    const dir = await tempDir('mjml-cache-');
    const before = await templateOf('Morning edition');
    await loadOrCompile(dir, diskCacheKey(before, 'strict', version), countedCompile(before).compile);

    const after = await templateOf('Evening edition');
    expect(diskCacheKey(after, 'strict', version)).not.toBe(diskCacheKey(before, 'strict', version));
    const run = countedCompile(after);
    const html = await loadOrCompile(dir, diskCacheKey(after, 'strict', version), run.compile);
    expect(run.calls()).toBe(1);
    expect(html).toContain('Evening edition');
    expect(html).not.toContain('Morning edition');
  });

  it('another MJML version misses, though the templates are the same', async () => {
    const dir = await tempDir('mjml-cache-');
    const source = await templateOf('Morning edition');
    await loadOrCompile(dir, diskCacheKey(source, 'strict', version), countedCompile(source).compile);

    const upgraded = countedCompile(source);
    await loadOrCompile(dir, diskCacheKey(source, 'strict', '99.0.0'), upgraded.compile);
    expect(upgraded.calls()).toBe(1);
    expect(await readdir(dir)).toHaveLength(2);
  });

  it('a truncated or garbled cache file is ignored, compiled again and rewritten', async () => {
    const dir = await tempDir('mjml-cache-');
    const source = await templateOf('Morning edition');
    const key = diskCacheKey(source, 'strict', version);
    const good = await loadOrCompile(dir, key, countedCompile(source).compile);
    const file = path.join(dir, `${key}.html`);
    const intact = await readFile(file, 'utf8');

    for (const broken of [intact.slice(0, intact.length / 2), 'garbage', intact.replace('Morning', 'Mourning')]) {
      await writeFile(file, broken);
      const run = countedCompile(source);
      expect(await loadOrCompile(dir, key, run.compile)).toBe(good);
      expect(run.calls()).toBe(1);
      expect(await readFile(file, 'utf8')).toBe(intact);
    }
  });

  it('a cache folder that cannot be written costs a compile, never a failure', async () => {
    const blocker = path.join(await tempDir('mjml-cache-'), 'a-file');
    await writeFile(blocker, 'not a folder');
    const source = await templateOf('Morning edition');
    const run = countedCompile(source);
    const html = await loadOrCompile(path.join(blocker, 'cache'), diskCacheKey(source, 'strict', version), run.compile);
    expect(html).toContain('Morning edition');
    expect(run.calls()).toBe(1);
  });
});
