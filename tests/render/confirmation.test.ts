import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createRenderer } from '../../src/render/index.js';
import { templatesDir } from '../helpers/template-dir.js';

const base = {
  listName: 'Morning Brief',
  confirmUrl: 'https://brief.example.org/c/tok-abc?x=1&y=2',
  publicUrl: 'https://brief.example.org',
  postalAddress: 'Jl. Contoh No. 1, Jakarta',
  email: 'ani@example.com',
};

describe('renderConfirmation', () => {
  it('renders subject, html and text in the reader language with the confirm link', async () => {
    const renderer = await createRenderer({ templatesDir });
    const en = await renderer.renderConfirmation({ ...base, lang: 'en' });
    expect(en.subject).toBe('Confirm your subscription to Morning Brief');
    const doc = new JSDOM(en.html).window.document;
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect([...doc.querySelectorAll('a')].filter((a) => a.getAttribute('href') === base.confirmUrl).length).toBeGreaterThanOrEqual(2);
    expect(doc.body.textContent).toContain('ani@example.com');
    expect(en.text).toContain(`Yes, subscribe me:\n${base.confirmUrl}`);
    expect(en.text).toContain('Jl. Contoh No. 1, Jakarta');

    const id = await renderer.renderConfirmation({ ...base, lang: 'id-ID' });
    expect(id.subject).toBe('Konfirmasi langganan Morning Brief');
    expect(id.text).toContain('Ya, saya mau berlangganan');
  });

  it('escapes a hostile list name and address and refuses a non-http confirm link', async () => {
    const renderer = await createRenderer({ templatesDir });
    const mail = await renderer.renderConfirmation({
      ...base,
      lang: 'en',
      listName: 'Brief\r\nBcc: x@example.com',
      email: '<img src=x onerror=alert(1)>@example.com',
    });
    expect(mail.subject).toBe('Confirm your subscription to Brief Bcc: x@example.com');
    expect(new JSDOM(mail.html).window.document.querySelectorAll('img')).toHaveLength(0);
    await expect(renderer.renderConfirmation({ ...base, lang: 'en', confirmUrl: 'javascript:alert(1)' })).rejects.toMatchObject({ code: 'INPUT_INVALID' });
  });
});
