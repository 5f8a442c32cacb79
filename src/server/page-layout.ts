import { createHash } from 'node:crypto';
import { html, SafeHtml } from './html.js';
import type { PageText } from './page-text.js';

const CSS = `
:root{color-scheme:light dark;--ink:#1d1b18;--muted:#5f584d;--paper:#f4f1ea;--card:#fff;--accent:#b4461d;--focus:#1a5fb4}
@media (prefers-color-scheme:dark){:root{--ink:#eee9df;--muted:#bdb5a6;--paper:#1b1a17;--card:#262420;--accent:#e0764a;--focus:#8ab4f8}}
*{box-sizing:border-box}
body{margin:0;background:var(--paper);color:var(--ink);font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:36rem;margin:2rem auto;padding:1.5rem;background:var(--card);border-radius:10px}
h1{font-size:1.6rem;line-height:1.25;margin:0 0 1rem}
label{display:block;font-weight:600;margin:1rem 0 .25rem}
input[type=email],input[type=text],input[type=time]{width:100%;padding:.6rem;font:inherit;border:2px solid var(--muted);border-radius:6px;background:var(--card);color:var(--ink)}
button{margin-top:1rem;padding:.7rem 1.4rem;font:inherit;font-weight:600;color:#fff;background:var(--accent);border:0;border-radius:6px;cursor:pointer}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.hint,.note,footer{color:var(--muted);font-size:.9rem}
.error{color:#b00020;font-weight:600}
.notice{font-weight:600}
fieldset{border:1px solid var(--muted);border-radius:6px;margin-top:1rem}
.check{display:flex;gap:.5rem;align-items:center;font-weight:400;margin:.5rem 0}
nav{max-width:36rem;margin:1rem auto 0;padding:0 1.5rem;font-size:.9rem}
a{color:var(--accent)}
h2{font-size:1.15rem;margin:0 0 .5rem}
.leave{margin-top:2.5rem;padding-top:1.25rem;border-top:1px solid var(--muted)}
.leave p{color:var(--muted);font-size:.95rem}
.secondary{display:inline-block;padding:.6rem 1.2rem;color:var(--ink);border:2px solid var(--muted);border-radius:6px;font-weight:600;text-decoration:none}
footer{max-width:36rem;margin:0 auto 2rem;padding:0 1.5rem}
`;

/** The stylesheet is inline and allowed by its hash, so the CSP needs no 'unsafe-inline'. */
export const PAGE_STYLE_HASH = `'sha256-${createHash('sha256').update(CSS).digest('base64')}'`;

// A constant, not input: inserted verbatim.
const STYLE = new SafeHtml(CSS);

export interface PageOptions {
  text: PageText;
  title: string;
  body: SafeHtml;
  /** The page's own path, for the language switcher (a GET, so safe to link). */
  path?: string;
  footer: string;
}

export function page(o: PageOptions): SafeHtml {
  const others = o.path === undefined ? [] : o.text.languages.filter((l) => l.lang !== o.text.lang);
  return html`<!doctype html>
<html lang="${o.text.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title}</title>
<style>${STYLE}</style>
</head>
<body>
${others.length ? html`<nav aria-label="${o.text.t('languageSwitcher')}">${others.map((l) => html`<a href="${o.path}?lang=${l.lang}" hreflang="${l.lang}" lang="${l.lang}">${l.name}</a> `)}</nav>` : ''}
<main id="main">
${o.body}
</main>
<footer>${o.footer}</footer>
</body>
</html>
`;
}

