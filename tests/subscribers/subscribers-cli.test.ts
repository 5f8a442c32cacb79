import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { readCsv, type CsvRecord } from '../../src/subscribers/index.js';
import { cli } from '../helpers/run-cli.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';
import { writeTestConfig } from '../helpers/test-config.js';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = path.join(import.meta.dirname, 'fixtures/readers.csv');

describe('subscribers import / export / list / stats / remove, and serve', () => {
  let sink: SmtpSink;
  let dir: string;
  let config: string;
  let env: NodeJS.ProcessEnv;
  const run = (...args: string[]) => cli([...args, '--config', config], { env, cwd: dir });

  beforeAll(async () => {
    sink = await startSmtpSink();
    ({ dir, config } = writeTestConfig());
    env = { SMTP_URL: sink.url, DIGEST_SECRET: 'cli-test-secret-0123456789abcdef' };
  });
  afterAll(async () => {
    await sink.close();
  });

  it('import: good rows become pending readers with a confirmation mail; bad rows are reported by line', async () => {
    const r = await run('subscribers', 'import', fixture);
    expect(r.code).toBe(3);
    const badLines = [...r.stderr.matchAll(/readers\.csv:(\d+): /g)].map((m) => Number(m[1]));
    expect(badLines).toEqual([4, 7, 8, 10]);
    expect(r.stdout).toMatch(/4 new/);
    const to = sink.messages.map((m) => m.envelopeTo[0]).sort();
    // The sink shows the IDN domain in Unicode again.
    expect(to).toEqual(['ana@example.org', 'budi@example.net', 'citra@example.com', 'eko@bücher.example']);
    const ana = sink.messages.find((m) => m.envelopeTo[0] === 'ana@example.org')!.parsed;
    // Ana asked for Indonesian; her confirmation link carries a signed token.
    expect(ana.text).toMatch(/https:\/\/news\.example\.org\/confirm\/[\w-]+\.[\w-]{43}/);
    expect(ana.headers.get('content-language')).toBe('id');
    const list = await run('subscribers', 'list');
    expect(list.stdout).toMatch(/^ana@example\.org\tpending\tAna$/m);
  });

  it("import of another tool's export: its unsubscribed and cleaned readers kept out and counted on the summary line", async () => {
    // A project of its own: the readers here must not count in the tests below.
    const own = writeTestConfig();
    const run = (...args: string[]) => cli([...args, '--config', own.config], { env, cwd: own.dir });
    const csv = path.join(own.dir, 'mailchimp.csv');
    writeFileSync(
      csv,
      'Email Address,First Name,Last Name,Status,CONFIRM_TIME\nmc1@example.org,Mia,Chen,subscribed,2024-05-01 10:00:00\nmc2@example.org,,,unsubscribed,\nmc3@example.org,,,cleaned,\nmc4@example.org,,,cleaned,\n',
    );
    const r = await run('subscribers', 'import', csv, '--confirmed');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('imported 1 rows: 1 new, 1 confirmed');
    expect(r.stdout).toContain('kept out 1 unsubscribed and 2 cleaned');
    const list = (await run('subscribers', 'list')).stdout;
    expect(list).toMatch(/^mc1@example\.org\tconfirmed\tMia Chen$/m);
    expect(list).not.toContain('mc2@example.org');
  });

  it('import --confirmed: confirmed at once, no mail; an unsubscribed reader stays unsubscribed', async () => {
    expect((await run('subscribers', 'add', 'gone@example.org', '--status', 'unsubscribed')).code).toBe(0);
    const csv = path.join(dir, 'vouched.csv');
    writeFileSync(csv, 'email,name\nfresh@example.org,Fresh\nana@example.org,Ana\ngone@example.org,Gone\n');
    const before = sink.messages.length;
    const r = await run('subscribers', 'import', csv, '--confirmed');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('vouched.csv:4: gone@example.org is unsubscribed; left as it is');
    expect(sink.messages.length).toBe(before);
    const list = (await run('subscribers', 'list')).stdout;
    expect(list).toMatch(/^fresh@example\.org\tconfirmed\tFresh$/m);
    expect(list).toMatch(/^ana@example\.org\tconfirmed/m);
    expect(list).toMatch(/^gone@example\.org\tunsubscribed/m);
  });

  it('export prints CSV that reads back; stats counts by status; remove deletes', async () => {
    const out = await run('subscribers', 'export');
    expect(out.code).toBe(0);
    const records: CsvRecord[] = [];
    for await (const item of readCsv(Readable.from([Buffer.from(out.stdout)]))) if (item.kind === 'record') records.push(item);
    const [header, ...rows] = records;
    expect(header!.cells).toEqual(['email', 'name', 'status', 'lang', 'send_at', 'time_zone', 'paused', 'created_at', 'confirmed_at']);
    const budi = rows.find((r) => r.cells[0] === 'budi@example.net')!.cells;
    expect(budi.slice(0, 7)).toEqual(['budi@example.net', 'Budi "B" Santoso', 'pending', 'en', '', '', 'false']);
    expect(rows).toHaveLength(6);

    const stats = JSON.parse((await run('subscribers', 'stats', '--json')).stdout);
    expect(stats).toEqual({ pending: 3, confirmed: 2, unsubscribed: 1, suppressed: 0, paused: 0, receiving: 2, total: 6 });
    expect((await run('subscribers', 'remove', 'gone@example.org')).code).toBe(0);
    expect(JSON.parse((await run('subscribers', 'stats', '--json')).stdout).total).toBe(5);
  });

  it('serve starts, answers /healthz, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [path.join(root, 'bin/news-digest.js'), 'serve', '--port', '0', '--host', '127.0.0.1', '--config', config], {
      cwd: dir,
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /listening on (http:\/\/\S+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const r = await fetch(`${url}/healthz`);
      expect(r.status).toBe(200);
      expect(await r.text()).toBe('ok\n');
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });
});
