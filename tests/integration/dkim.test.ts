import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { dkimVerify } from 'mailauth/lib/dkim/verify.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';
import { writeTestConfig } from '../helpers/test-config.js';

describe('DKIM signing when a key is configured', () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(() => sink.close());

  it('every digest carries a signature that verifies against the published key', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const { dir, config } = writeTestConfig([
      'demoSubscriber: reader@example.org',
      'dkim: { domain: news.example.org, selector: nd2026, privateKeyFile: dkim.pem }',
    ]);
    writeFileSync(path.join(dir, 'dkim.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const r = await cli(['send', '--config', config], { env: { SMTP_URL: sink.url }, cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(sink.messages).toHaveLength(1);
    const raw = sink.messages[0]!.raw;
    expect(raw.toString()).toMatch(/^DKIM-Signature: .*d=news\.example\.org/m);

    // The DNS answer a receiver would get for nd2026._domainkey.news.example.org.
    const dns = `v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`;
    const resolver = async (name: string, type: string) => {
      if (type === 'TXT' && name === 'nd2026._domainkey.news.example.org') return [[dns]];
      throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    };
    const verdict = await dkimVerify(raw, { resolver });
    expect(verdict.results.map((x: { status: { result: string } }) => x.status.result)).toEqual(['pass']);

    // A message changed on the way fails.
    const tampered = Buffer.from(raw.toString().replace('Morning Brief', 'Evening Brief'));
    const bad = await dkimVerify(tampered, { resolver });
    expect(bad.results[0].status.result).not.toBe('pass');
  });

  it('an unreadable key file stops at start with the file named', async () => {
    const { dir, config } = writeTestConfig(['dkim: { domain: news.example.org, selector: s1, privateKeyFile: missing.pem }']);
    const r = await cli(['send', '--config', config], { env: { SMTP_URL: sink.url }, cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(path.join(dir, 'missing.pem'));
  });
});
