import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';
import { writeTestConfig } from '../helpers/test-config.js';

describe('send: the demo feeds end to end through a real SMTP server', () => {
  let sink: SmtpSink;
  let dir: string;
  let config: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    sink = await startSmtpSink();
    ({ dir, config } = writeTestConfig(['digests:', '  - { key: daily, name: Morning Brief, lang: en, maxStories: 20 }']));
    env = { SMTP_URL: sink.url, DIGEST_SECRET: 'integration-test-secret-0123456789' };
    for (const [email, name] of [
      ['ana@example.org', 'Ana'],
      ['budi@example.net', 'Budi'],
    ] as const) {
      const r = await cli(['subscribers', 'add', email, '--name', name, '--config', config], { env, cwd: dir });
      expect(r.code, r.stderr).toBe(0);
    }
  });

  afterAll(async () => {
    await sink.close();
  });

  it('delivers one digest per confirmed reader with gist, quotes, figures and list headers', async () => {
    const r = await cli(['send', '--config', config], { env, cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/daily: .*sent edition daily-/);

    expect(sink.messages.map((m) => m.envelopeTo[0]).sort()).toEqual(['ana@example.org', 'budi@example.net']);
    const mail = sink.messages.find((m) => m.envelopeTo[0] === 'ana@example.org')!.parsed;
    expect(mail.subject).toMatch(/\d+ stories/);
    expect(mail.messageId).toMatch(/^<daily-.*@news\.example\.org>$/);
    expect(mail.html).toBeTruthy();
    expect(mail.text).toBeTruthy();
    const html = mail.html as string;
    const text = mail.text!;

    // Every demo article made it into the edition, in both parts.
    for (const title of [
      'Port of Rotterdam handles record container volume',
      'Pemerintah targetkan 3,5 juta rumah baru',
      'recycle the first generation of electric car batteries',
    ]) {
      expect(html).toContain(title);
      expect(text).toContain(title);
    }
    // Quotes with their speakers, and figures with what they count.
    expect(text).toContain('Boudewijn Siemons');
    expect(text).toMatch(/We have never moved this many boxes/);
    expect(text).toContain('Maruarar Sirait');
    expect(text).toMatch(/14[.,]2/);
    // Junk lines never reach the reader.
    expect(text).not.toMatch(/BACA JUGA|Unlock newsletter|Read more:/);

    const list = mail.headers.get('list') as { unsubscribe?: { url?: string; mail?: string }; id?: { id?: string } };
    expect(list.unsubscribe?.url).toMatch(/^https:\/\/news\.example\.org\/unsubscribe\/[\w-]+\.[\w-]+$/);
    expect(list.unsubscribe?.mail).toMatch(/^digest-request@news\.example\.org\?subject=unsubscribe/);
    // mailparser folds every List-* header into one object.
    expect((mail.headers.get('list') as Record<string, unknown>)['unsubscribe-post']).toEqual({ name: 'List-Unsubscribe=One-Click' });
    // Ana's links are hers: Budi's message carries a different token.
    const budi = sink.messages.find((m) => m.envelopeTo[0] === 'budi@example.net')!.parsed;
    expect((budi.headers.get('list') as { unsubscribe?: { url?: string } }).unsubscribe?.url).not.toBe(list.unsubscribe?.url);
    expect(html).toContain('Ana');
  });

  it('a second send with no new articles sends nothing', async () => {
    const before = sink.messages.length;
    const r = await cli(['send', '--config', config], { env, cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('nothing new to send');
    expect(sink.messages.length).toBe(before);
  });

  it('--dry-run renders and reports without sending or marking anything', async () => {
    const { dir: fresh, config: cfg } = writeTestConfig(['demoSubscriber: demo@example.org']);
    const before = sink.messages.length;
    const dry = await cli(['send', '--dry-run', '--config', cfg], { env, cwd: fresh });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/would send edition daily-\S+: \d+ stories/);
    expect(sink.messages.length).toBe(before);
    // Nothing was marked: a real send afterwards still has the whole edition to send.
    const real = await cli(['send', '--config', cfg], { env, cwd: fresh });
    expect(real.stdout).toMatch(/sent edition daily-\S+: 7 stories, 1 submitted/);
    expect(sink.messages.length).toBe(before + 1);
  });
});
