import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { DigestError } from '../../src/domain/index.js';
import { cli } from '../helpers/run-cli.js';

function configFile(yaml: string): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'nd-config-'));
  const file = path.join(dir, 'news-digest.yaml');
  writeFileSync(file, yaml);
  return { dir, file };
}

function failure(fn: () => unknown): DigestError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DigestError) return e;
    throw e;
  }
  throw new Error('expected a DigestError');
}

describe('loadConfig', () => {
  it('works offline with no file at all: data in the working directory, the bundled feeds and templates', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nd-empty-'));
    const c = loadConfig({ cwd: dir, env: {} });
    expect(c.file).toBeNull();
    const packageRoot = path.resolve(import.meta.dirname, '../..');
    expect(c.feedsFile).toBe(path.join(packageRoot, 'feeds/feeds.yaml'));
    expect(c.templatesDir).toBe(path.join(packageRoot, 'templates'));
    expect(c.feedsFileIsBundled).toBe(true);
    expect(c.databasePath).toBe(path.join(dir, 'data/news-digest.sqlite'));
    expect(c.smtp.url).toBeUndefined();
    expect(c.demoSubscriber).toBe('reader@example.com');
    expect(c.digests.map((d) => d.key)).toEqual(['daily']);
  });

  it('takes secrets and deployment values from the environment over the file', () => {
    const { dir, file } = configFile('publicUrl: https://file.example\ndatabasePath: file.sqlite\n');
    const c = loadConfig({
      file,
      cwd: '/',
      env: {
        SMTP_URL: 'smtp://relay.example:2525',
        DIGEST_SECRET: 'a-very-long-secret-value',
        DATABASE_PATH: 'env.sqlite',
        PUBLIC_URL: 'https://env.example/',
      },
    });
    expect(c.smtp.url).toBe('smtp://relay.example:2525');
    expect(c.secret).toBe('a-very-long-secret-value');
    expect(c.databasePath).toBe(path.join(dir, 'env.sqlite'));
    expect(c.publicUrl).toBe('https://env.example');
    // A real deployment (a config file) never gets the demo reader.
    expect(c.demoSubscriber).toBeNull();
  });

  it('names the file, line and key of an invalid value', () => {
    const { file } = configFile('publicUrl: https://x.example\ndigests:\n  - key: daily\n    name: Daily\n    timeZone: Mars/Olympus\n');
    const e = failure(() => loadConfig({ file, cwd: '/', env: {} }));
    expect(e.code).toBe('CONFIG_INVALID');
    expect(e.where).toMatchObject({ file, line: 5, field: 'digests.0.timeZone' });
    expect(e.describe()).toBe(`${file}:5 digests.0.timeZone: is not an IANA time zone (e.g. "Asia/Jakarta")`);
  });

  it('refuses an invalid cron expression and an unknown key', () => {
    const { file } = configFile('digests:\n  - key: daily\n    name: Daily\n    schedule: "every morning"\nfeedFile: typo.yaml\n');
    const e = failure(() => loadConfig({ file, cwd: '/', env: {} }));
    expect(e.message).toMatch(/cron expression/);
    expect(e.message).toMatch(/feedFile|Unrecognized key/);
  });

  it('fair picking and non-articles: maxPerFeed 3 and no include by default; a bad value named with its line', () => {
    const { file } = configFile('digests:\n  - key: daily\n    name: Daily\n  - key: all\n    name: All\n    maxPerFeed: 5\n    include: [live, quiz]\n');
    const c = loadConfig({ file, cwd: '/', env: {} });
    expect(c.digests.map((d) => [d.maxPerFeed, d.include])).toEqual([
      [3, []],
      [5, ['live', 'quiz']],
    ]);
    const bad = configFile('digests:\n  - key: daily\n    name: Daily\n    maxPerFeed: 0\n    include: [blogs]\n');
    const e = failure(() => loadConfig({ file: bad.file, cwd: '/', env: {} }));
    expect(e.code).toBe('CONFIG_INVALID');
    expect(e.describe()).toMatch(/:4 digests\.0\.maxPerFeed: Too small/);
    expect(e.describe()).toMatch(/:5: digests\.0\.include\.0: .*"live"\|"quiz"\|"media"\|"correction"/);
  });

  it('filters: a bad regex, an unknown field and a rule with neither keyword nor regex are named with their line and key', () => {
    const { file } = configFile(
      [
        'digests:',
        '  - key: daily',
        '    name: Daily',
        '    include:',
        '      - live',
        '      - { keyword: climate, in: [body] }',
        '    exclude:',
        '      - regex: "(sponsored"',
        '      - { in: [title] }',
        '    langs: [id, english]',
        '',
      ].join('\n'),
    );
    const e = failure(() => loadConfig({ file, cwd: '/', env: {} }));
    expect(e.code).toBe('CONFIG_INVALID');
    const lines = e.describe().split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${file.replace(/[.\\]/g, '\\$&')}:6 digests\\.0\\.include\\.1\\.in\\.0: .*"title"`));
    expect(lines).toContainEqual(expect.stringMatching(/:8: digests\.0\.exclude\.0\.regex: is not a valid regular expression: .*\(sponsored/));
    expect(lines).toContainEqual(expect.stringMatching(/:9: digests\.0\.exclude\.1: give either keyword or regex/));
    expect(lines).toContainEqual(expect.stringMatching(/:10: digests\.0\.langs\.1: must be a language code/));
    const ok = configFile('digests:\n  - key: daily\n    name: Daily\n    exclude: [{ regex: "^sponsored", in: [title] }]\n    minWords: 150\n');
    const d = loadConfig({ file: ok.file, cwd: '/', env: {} }).digests[0]!;
    expect(d.exclude[0]!.pattern.test('SPONSORED: a phone')).toBe(true);
    expect(d.minWords).toBe(150);
  });

  it('webhooks: a secret that is not whsec_ and 24 to 64 bytes of base64 is named with its line', () => {
    const { file } = configFile(
      'webhooks:\n  endpoints:\n    - url: https://hooks.example.org/x\n      secret: hunter2\n    - url: https://hooks.example.org/y\n      secret: whsec_c2hvcnQ=\n',
    );
    const lines = failure(() => loadConfig({ file, cwd: '/', env: {} }))
      .describe()
      .split('\n');
    expect(lines[0]).toMatch(/:4 webhooks\.endpoints\.0\.secret: must start with whsec_/);
    expect(lines[1]).toMatch(/:6: webhooks\.endpoints\.1\.secret: holds 5 bytes; a key of 24 to 64 bytes/);
    const ok = configFile(`webhooks:\n  endpoints: [{ url: "https://hooks.example.org/x", secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" }]\n`);
    const c = loadConfig({ file: ok.file, cwd: '/', env: {} });
    expect(c.webhooks.endpoints[0]!.events).toHaveLength(4);
    expect(c.webhooks.retrySeconds).toHaveLength(6);
  });

  it('reports a YAML syntax error with its line', () => {
    const { file } = configFile('digests:\n  - key: [daily\n');
    const e = failure(() => loadConfig({ file, cwd: '/', env: {} }));
    expect(e.code).toBe('CONFIG_INVALID');
    expect(e.where.line).toBeGreaterThanOrEqual(2);
  });

  it('says which environment variable is wrong', () => {
    const e = failure(() => loadConfig({ cwd: '/', env: { PUBLIC_URL: 'not a url' } }));
    expect(e.describe()).toMatch(/PUBLIC_URL \(environment\)/);
  });

  it('the CLI prints one line and exits 2 on an invalid config', async () => {
    const { file } = configFile('port: "eighty"\n');
    const r = await cli(['subscribers', 'list', '--config', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${file}:1 port:`);
  });

  it('serve refuses to put the demo secret on a public URL', async () => {
    const { dir, file } = configFile(`templatesDir: ${JSON.stringify(path.resolve(import.meta.dirname, '../../templates'))}\ndatabasePath: db.sqlite\n`);
    const r = await cli(['serve', '--port', '0', '--config', file], { cwd: dir, env: { PUBLIC_URL: 'https://news.example.org' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/set DIGEST_SECRET/);
  });
});
