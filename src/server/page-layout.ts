import type { PageText } from '../i18n/index.js';
import { html, type SafeHtml } from './html.js';

export interface PageOptions {
  text: PageText;
  title: string;
  body: SafeHtml;
  /** The page's own path, for the language switcher (a GET, so safe to link). */
  path?: string;
  footer: string;
  /** Where the stylesheet is: the server's `/page.css`, or a file beside an exported page. */
  stylesheet?: string;
}

export function page(o: PageOptions): SafeHtml {
  const others = o.path === undefined ? [] : o.text.languages.filter((l) => l.lang !== o.text.lang);
  return html`<!doctype html>
<html lang="${o.text.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title}</title>
<link rel="stylesheet" href="${o.stylesheet ?? '/page.css'}">
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
