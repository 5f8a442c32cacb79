import type { Transporter } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../../src/subscribers/index.js';
import { linkIn, post, requestMailer, startTestServer, TEST_SECRET, type TestServer } from '../helpers/test-server.js';

describe('serve --smtp-port: mail to the request address', () => {
  let t: TestServer;
  let mailer: Transporter;
  const subs = () => t.app.services.store.subscribers;
  const REQUEST = 'digest-request@news.example.org';

  beforeAll(async () => {
    t = await startTestServer({ smtpPort: true });
    mailer = requestMailer(t);
  });
  afterAll(async () => {
    mailer.close();
    await t.close();
  });

  const send = (from: string, subject: string, text = '', to = REQUEST) => mailer.sendMail({ from, to, subject, text });

  it('"subscribe" in the subject gets the confirmation mail; the reader stays pending until confirmed', async () => {
    await send('Dewi <Dewi@Example.ORG>', 'subscribe');
    const [mail] = await t.mailTo('dewi@example.org');
    expect(mail!.parsed.subject).toMatch(/Confirm your subscription/);
    expect((await subs().byEmail('dewi@example.org'))!.status).toBe('pending');
    expect((await post(t, linkIn(mail!, 'confirm'), {})).status).toBe(200);
    expect((await subs().byEmail('dewi@example.org'))!.status).toBe('confirmed');
  });

  it('"subscribe" as the first line of the body works too', async () => {
    await send('eko@example.org', 'hello', '\nsubscribe\n\n-- \nEko');
    expect(await t.mailTo('eko@example.org')).toHaveLength(1);
  });

  it('a bare "unsubscribe" only sends a link to the reader (From can be forged), and nothing to unknown addresses', async () => {
    const { subscriber } = await subs().add({ email: 'fajar@example.org', status: 'confirmed' }, new Date().toISOString());
    await send('fajar@example.org', 'unsubscribe');
    const [mail] = await t.mailTo('fajar@example.org');
    expect(mail!.parsed.subject).toBe('Your unsubscribe link');
    expect((await subs().byId(subscriber.id))!.status).toBe('confirmed');
    expect((await post(t, linkIn(mail!, 'unsubscribe'), {})).status).toBe(200);
    expect((await subs().byId(subscriber.id))!.status).toBe('unsubscribed');

    await send('stranger@example.org', 'unsubscribe');
    expect(await t.mailTo('stranger@example.org')).toHaveLength(0);
  });

  it('"unsubscribe <token>" (the List-Unsubscribe mailto form) unsubscribes at once', async () => {
    const { subscriber } = await subs().add({ email: 'gita@example.org', status: 'confirmed' }, new Date().toISOString());
    const token = signToken({ purpose: 'unsubscribe', sub: subscriber.id, exp: Math.floor(Date.now() / 1000) + 3600 }, TEST_SECRET);
    // Sent from any address: the token alone decides.
    await send('someone-else@example.net', `unsubscribe ${token}`);
    await t.server.subscriptions.idle();
    expect((await subs().byId(subscriber.id))!.status).toBe('unsubscribed');
    expect(await t.mailTo('someone-else@example.net')).toHaveLength(0);
  });

  it('a forged token in the subject changes nothing', async () => {
    const { subscriber } = await subs().add({ email: 'hana@example.org', status: 'confirmed' }, new Date().toISOString());
    const forged = signToken({ purpose: 'unsubscribe', sub: subscriber.id, exp: Math.floor(Date.now() / 1000) + 3600 }, 'some-other-secret-value-0000000');
    await send('hana@example.org', `unsubscribe ${forged}`);
    await t.server.subscriptions.idle();
    expect((await subs().byId(subscriber.id))!.status).toBe('confirmed');
  });

  it('mail for any other address is refused at RCPT', async () => {
    await expect(send('ina@example.org', 'subscribe', '', 'postmaster@news.example.org')).rejects.toMatchObject({ responseCode: 550 });
    expect(await subs().byEmail('ina@example.org')).toBeNull();
  });

  it('CRLF in the subject cannot smuggle a header into the reply', async () => {
    await send('joko@example.org', 'subscribe\r\nBcc: spy@evil.example');
    await t.server.subscriptions.idle();
    expect(t.sink.messages.some((m) => m.envelopeTo.includes('spy@evil.example'))).toBe(false);
  });
});
