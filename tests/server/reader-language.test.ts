import type { Transporter } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../../src/subscribers/index.js';
import { linkIn, post, requestMailer, startTestServer, TEST_SECRET, type TestServer } from '../helpers/test-server.js';

/** Where the preferences page's way out leads. */
function leaveLink(html: string): string | null {
  return /<a class="secondary" href="(\/unsubscribe\/[^"]+)">/.exec(html)?.[1] ?? null;
}

describe('every reader in their own language: subscribe, confirm, preferences, unsubscribe over real HTTP and SMTP', () => {
  let t: TestServer;
  let mailer: Transporter;
  const subs = () => t.app.services.store.subscribers;

  beforeAll(async () => {
    t = await startTestServer({ smtpPort: true });
    mailer = requestMailer(t);
  });
  afterAll(async () => {
    mailer.close();
    await t.close();
  });

  it('German, chosen by the browser: the form, the confirmation mail, every page after it', async () => {
    const form = await (await t.request(`/`, { headers: { 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' } })).text();
    expect(form).toContain('<html lang="de">');
    expect(form).toContain('<h1>Morning Brief abonnieren</h1>');
    expect(form).toContain('<label for="email">E-Mail-Adresse</label>');
    expect(form).toContain('<nav aria-label="Sprache">');
    expect(form).toMatch(/<a href="\/\?lang=pt" hreflang="pt" lang="pt">Português<\/a>/);
    const lang = /<input type="hidden" name="lang" value="([^"]+)">/.exec(form)?.[1];
    expect(lang).toBe('de');

    const answer = await post(t, '/subscribe', { email: 'jonas@example.de', name: 'Jonas', lang: lang! });
    expect(await answer.text()).toContain('Schauen Sie in Ihr Postfach');
    expect(await subs().byEmail('jonas@example.de')).toMatchObject({ status: 'pending', lang: 'de' });

    const [mail] = await t.mailTo('jonas@example.de');
    expect(mail!.parsed.subject).toBe('Bitte bestätigen Sie Ihr Abonnement von Morning Brief');
    expect(mail!.parsed.html).toMatch(/<html[^>]* lang="de"/);
    expect(mail!.parsed.text).toContain('Ja, Abonnement bestätigen:');
    expect(mail!.parsed.text).toContain('Jemand – hoffentlich Sie – möchte Morning Brief an jonas@example.de erhalten.');

    // The reader's language wins over a browser that asks for English.
    const confirmPath = linkIn(mail!, 'confirm');
    const confirmPage = await (await t.request(confirmPath, { headers: { 'accept-language': 'en' } })).text();
    expect(confirmPage).toContain('<html lang="de">');
    expect(confirmPage).toContain('<button type="submit">Bestätigen</button>');
    const confirmed = await (await post(t, confirmPath, {}, { 'accept-language': 'en' })).text();
    expect(confirmed).toContain('<h1>Ihr Abonnement ist aktiv</h1>');
    expect(confirmed).toContain('Die nächste Ausgabe von Morning Brief geht an jonas@example.de.');

    const jonas = (await subs().byEmail('jonas@example.de'))!;
    const prefsToken = signToken({ purpose: 'preferences', sub: jonas.id, exp: Math.floor(Date.now() / 1000) + 3600 }, TEST_SECRET);
    const prefs = await (await t.request(`/preferences/${prefsToken}`)).text();
    expect(prefs).toContain('<h1>Ihre Einstellungen</h1>');
    expect(prefs).toContain('Vorerst keine E-Mails schicken');
    expect(prefs).toContain('<button type="submit">Einstellungen speichern</button>');
    const saved = await (await post(t, `/preferences/${prefsToken}`, { digest: 'daily', paused: '1' })).text();
    expect(saved).toContain('Ihre Einstellungen sind gespeichert.');

    expect(prefs).toContain('<h2 id="leave-heading">Newsletter abbestellen</h2>');
    expect(prefs).toContain('Alle Newsletter abbestellen …</a>');
    const unsubscribePath = leaveLink(prefs)!;
    const asks = await (await t.request(unsubscribePath)).text();
    expect(asks).toContain('Klicken Sie auf den Button, um Morning Brief nicht mehr an jonas@example.de zu erhalten.');
    const gone = await (await post(t, unsubscribePath, 'List-Unsubscribe=One-Click')).text();
    expect(gone).toContain('<h1>Sie haben abbestellt</h1>');
    expect(gone).toContain('Sie erhalten Morning Brief ab sofort nicht mehr.');
    expect((await subs().byId(jonas.id))!.status).toBe('unsubscribed');
  });

  it('Portuguese, from the Accept-Language header alone: the mail, the pages and the answer to a mailed "unsubscribe"', async () => {
    const answer = await post(t, '/subscribe', { email: 'ana.souza@example.com.br' }, { 'accept-language': 'pt-BR,pt;q=0.9,en;q=0.8' });
    const page = await answer.text();
    expect(page).toContain('<html lang="pt">');
    expect(page).toContain('Confira sua caixa de entrada');
    expect(await subs().byEmail('ana.souza@example.com.br')).toMatchObject({ lang: 'pt' });

    const [mail] = await t.mailTo('ana.souza@example.com.br');
    expect(mail!.parsed.subject).toBe('Confirme sua assinatura de Morning Brief');
    expect(mail!.parsed.text).toContain('Sim, quero assinar:');
    const confirmed = await (await post(t, linkIn(mail!, 'confirm'), {})).text();
    expect(confirmed).toContain('<h1>Assinatura confirmada</h1>');
    expect(confirmed).toContain('Obrigado! A próxima edição de Morning Brief vai para ana.souza@example.com.br.');

    await mailer.sendMail({ from: 'ana.souza@example.com.br', to: 'digest-request@news.example.org', subject: 'unsubscribe', text: '' });
    const replies = await t.mailTo('ana.souza@example.com.br');
    const reply = replies.find((m) => m.parsed.subject === 'Seu link para cancelar a assinatura');
    expect(reply, replies.map((m) => m.parsed.subject).join(' | ')).toBeDefined();
    expect(reply!.parsed.text).toContain('Para cancelar a assinatura, abra esta página e clique no botão:');
    expect(reply!.parsed.html).toMatch(/<html lang="pt">/);

    const unsubscribePath = linkIn(reply!, 'unsubscribe');
    const unsubscribePage = await (await t.request(unsubscribePath)).text();
    expect(unsubscribePage).toContain('Clique no botão para deixar de receber Morning Brief em ana.souza@example.com.br.');
    expect(unsubscribePage).toContain('<button type="submit">Cancelar assinatura</button>');
    const gone = await (await post(t, unsubscribePath, {})).text();
    expect(gone).toContain('<h1>Assinatura cancelada</h1>');
    expect((await subs().byEmail('ana.souza@example.com.br'))!.status).toBe('unsubscribed');
  });

  it('error pages speak the browser’s language', async () => {
    const missing = await t.request(`/nirgendwo`, { headers: { 'accept-language': 'nl-BE,nl;q=0.9' } });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<h1>Pagina niet gevonden</h1>');
    const expired = await (await t.request(`/confirm/not-a-token`, { headers: { 'accept-language': 'it' } })).text();
    expect(expired).toContain('<h1>Questo link non funziona</h1>');
  });
});
