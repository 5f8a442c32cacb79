import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';
import { writeTestConfig } from '../helpers/test-config.js';

describe('sendOnlyWhenNew', () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(() => sink.close());

  it('off: readers still get an edition that says nothing new came in', async () => {
    const { dir, config } = writeTestConfig([
      'demoSubscriber: weekly@example.org',
      'digests:',
      '  - { key: weekly, name: Weekly, lang: id, sendOnlyWhenNew: false }',
    ]);
    const env = { SMTP_URL: sink.url };
    expect((await cli(['send', '--config', config], { env, cwd: dir })).code).toBe(0);
    const second = await cli(['send', '--config', config], { env, cwd: dir });
    expect(second.code, second.stderr).toBe(0);
    expect(sink.messages).toHaveLength(2);
    expect(sink.messages[0]!.parsed.subject).toMatch(/^Weekly · 7 berita · /);
    expect(sink.messages[1]!.parsed.subject).toMatch(/ · tidak ada berita baru · /);
    expect(sink.messages[1]!.parsed.text).toContain('hari ini tidak ada berita baru');
  });
});
