// @ts-check
// The editor's preview page: plain browser JavaScript, run as is (no build step, no framework).
// Type-checked by `npm run typecheck` (templates/web/tsconfig.json).
'use strict';
/** An element the page is known to have. @param {string} id @returns {HTMLElement} */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
/**
 * An element of a known kind, checked.
 * @template {HTMLElement} T
 * @param {string} id
 * @param {new () => T} kind
 * @returns {T}
 */
function $as(id, kind) {
  const el = document.getElementById(id);
  if (!(el instanceof kind)) throw new Error(`#${id} is not a ${kind.name}`);
  return el;
}
/** What a caught error says. @param {unknown} e */
const errorText = (e) => (e instanceof Error ? e.message : String(e));
const view = { width: 'desktop', scheme: 'light', text: false, panels: new Set() };
let state = null;
let frameSrc = '';
let spamFor = '';

function h(tag, props, ...kids) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v; else el.setAttribute(k, String(v));
  }
  for (const kid of kids.flat()) if (kid !== null && kid !== undefined && kid !== false) el.append(kid);
  return el;
}
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
const when = (iso) => (iso ? new Date(iso).toLocaleString() : 'never');
const safeHref = (u) => (/^https?:\/\//i.test(u || '') ? u : null);
const say = (msg) => { $('status').textContent = msg; };

async function api(path, body) {
  const res = await fetch(path, body === undefined ? { cache: 'no-store' } : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(data.error || res.statusText);
  return data;
}

async function refresh() {
  state = await api('/api/state');
  render();
}

function render() {
  const s = state;
  document.body.dataset.version = String(s.version);
  fillSelect($('digest'), s.digests.map((d) => [d.key, d.name]), s.digest);
  const readers = s.readers.map((r) => [r.email, r.name ? r.name + ' <' + r.email + '>' : r.email]);
  if (s.reader && !s.readers.some((r) => r.email === s.reader)) readers.unshift([s.reader, s.reader]);
  fillSelect($('reader'), readers, s.reader);

  $('overlay').hidden = !s.error;
  if (s.error) {
    $('overlay-title').textContent = s.error.code === 'TEMPLATE_INVALID' ? 'Template error' : 'Preview failed (' + s.error.code + ')';
    $('overlay-where').textContent = [s.error.file && (s.error.line ? s.error.file + ':' + s.error.line : s.error.file), s.error.field].filter(Boolean).join(' ') || '';
    $('overlay-message').textContent = s.error.message;
  }

  $('label-gaps').hidden = s.labelGaps.length === 0;
  $('label-gaps').textContent = s.labelGaps.join('\n');

  const m = s.mail;
  $('note').hidden = !s.note;
  $('note').textContent = s.note ? s.note.charAt(0).toUpperCase() + s.note.slice(1) + '.' : '';
  $('empty').hidden = !!m || !!s.error;
  $('mail').hidden = !m || view.text;
  $('text').hidden = !m || !view.text;
  if (m) {
    const src = '/mail.html?v=' + s.version + '&scheme=' + view.scheme;
    if (src !== frameSrc) { frameSrc = src; $as('mail', HTMLIFrameElement).src = src; }
    $('text').textContent = m.text;
    $('subject').textContent = m.subject;
    $('headers').replaceChildren(...m.headers.map(([k, v]) => h('tr', null, h('th', null, k), h('td', null, v))));
    $as('size-meter', HTMLMeterElement).max = m.clipBytes;
    $as('size-meter', HTMLMeterElement).high = m.budgetBytes;
    $as('size-meter', HTMLMeterElement).optimum = 0;
    $as('size-meter', HTMLMeterElement).value = m.htmlBytes;
    $('size-text').textContent = kb(m.htmlBytes) + ' of ' + kb(m.clipBytes) + (m.htmlBytes > m.clipBytes ? ': Gmail will clip it' : '');
    if (m.contentHash !== spamFor) scoreSpam(m.contentHash);
  } else {
    $('size-text').textContent = '–';
  }
  renderArticles(s.articles);
  renderFeeds(s);
  applyView();
}

function fillSelect(sel, options, value) {
  sel.replaceChildren(...options.map(([v, label]) => h('option', { value: v }, label)));
  if (value !== null) sel.value = value;
}

function renderArticles(list) {
  const out = list.filter((a) => a.verdict === 'not-an-article');
  const kinds = {};
  for (const a of out) kinds[a.nonArticle.kind] = (kinds[a.nonArticle.kind] || 0) + 1;
  $('left-out').textContent = out.length ? 'Left out, not articles: ' + Object.entries(kinds).map(([k, n]) => n + ' ' + k).join(', ') + '.' : '';
  $('articles').replaceChildren(...list.map((a) => {
    const title = safeHref(a.url) ? h('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, a.title) : a.title;
    const badge = { picked: 'picked', 'cut-for-size': 'cut for size', 'below-cutoff': 'not picked', 'feed-full': 'feed full', 'not-an-article': 'not an article' }[a.verdict];
    return h('li', { class: 'article verdict-' + a.verdict, 'data-verdict': a.verdict },
      h('div', null, h('span', { class: 'badge' }, badge), title, ' ', h('span', { class: 'muted' }, a.feeds.join(', ') + ' · score ' + a.score.toFixed(2) + (a.round ? ' · round ' + a.round : ''))),
      h('p', { class: 'reason muted' }, a.reason),
      h('p', { class: 'parts muted' }, Object.entries(a.parts).map(([k, v]) => k + ' ' + v.toFixed(2)).join(' · ')),
      a.quotes.length ? h('ul', { class: 'facts quotes' }, a.quotes.map((q) => h('li', null, '“' + q.text + '” — ' + (q.speaker || 'unattributed'), q.key ? h('span', { class: 'key' }, 'key') : null))) : h('p', { class: 'facts muted' }, 'no quotes'),
      a.figures.length ? h('ul', { class: 'facts figures' }, a.figures.map((f) => h('li', null, (f.approx ? '≈ ' : '') + f.value.toLocaleString() + (f.unit ? ' ' + f.unit : '') + ' — ' + f.text, f.key ? h('span', { class: 'key' }, 'key') : null))) : h('p', { class: 'facts muted' }, 'no figures'),
    );
  }));
}

function renderFeeds(s) {
  const label = { ok: 'ok', 'not-modified': 'not modified', error: 'error', never: 'not fetched yet' };
  $as('feeds', HTMLTableElement).tBodies[0].replaceChildren(...s.feeds.map((f) => h('tr', { class: 'status-' + f.status + (f.inDigest ? '' : ' off'), 'data-status': f.status },
    h('td', null, f.name, h('br'), h('small', { class: 'muted' }, f.url)),
    h('td', null, label[f.status], f.error ? h('div', { class: 'muted' }, f.error) : null),
    h('td', null, when(f.fetchedAt)),
    h('td', null, f.itemCount === null ? '–' : String(f.itemCount)),
    h('td', null, String(f.newItems)),
  )));
  $('feeds-note').textContent = (s.lastFetchAt ? 'Fetched by this preview at ' + when(s.lastFetchAt) + '. ' : 'Not refetched by this preview; shown from the store. ') + 'Greyed feeds are not in this digest. "New" counts articles no edition of it has carried yet.';
  $('filtered').replaceChildren(...s.filtered.map((t) => h('li', null, 'Filter ' + t.rule + ' removed ' + t.removed + (t.removed === 1 ? ' story' : ' stories') + ', e.g. “' + t.example + '”')));
}

async function scoreSpam(hash) {
  spamFor = hash;
  const el = $('spam');
  el.className = 'spam';
  el.textContent = 'SpamAssassin: scoring…';
  try {
    const r = await api('/api/spam');
    if (r.hash !== spamFor) return;
    if (r.status === 'ok') {
      el.textContent = 'SpamAssassin ' + r.score.toFixed(1) + ' / ' + r.required.toFixed(1);
      el.className = 'spam ' + (r.score < r.required / 2 ? 'good' : 'bad');
      el.dataset.score = String(r.score);
      $('spam-rules').replaceChildren(...r.rules.map((x) => h('tr', null, h('td', null, x.score.toFixed(1)), h('th', null, x.name), h('td', null, x.description))));
      $('panel-spam').dataset.filled = '1';
    } else {
      el.textContent = r.status === 'unavailable' ? 'SpamAssassin: not installed' : 'SpamAssassin: ' + r.message;
    }
  } catch (e) {
    el.textContent = 'SpamAssassin: ' + errorText(e);
  }
}

function applyView() {
  document.body.dataset.width = view.width;
  document.body.dataset.scheme = view.scheme;
  $('width-desktop').setAttribute('aria-pressed', String(view.width === 'desktop'));
  $('width-mobile').setAttribute('aria-pressed', String(view.width === 'mobile'));
  $('toggle-dark').setAttribute('aria-pressed', String(view.scheme === 'dark'));
  $('toggle-text').setAttribute('aria-pressed', String(view.text));
  for (const name of ['headers', 'articles', 'feeds']) {
    $('toggle-' + name).setAttribute('aria-pressed', String(view.panels.has(name)));
    $('panel-' + name).hidden = !view.panels.has(name);
  }
  $('panel-spam').hidden = !view.panels.has('headers') || !$('panel-spam').dataset.filled;
  $('panels').hidden = view.panels.size === 0;
  if (state && state.mail) {
    $('mail').hidden = view.text;
    $('text').hidden = !view.text;
    const src = '/mail.html?v=' + state.version + '&scheme=' + view.scheme;
    if (src !== frameSrc) { frameSrc = src; $as('mail', HTMLIFrameElement).src = src; }
  }
}

$('mail').addEventListener('load', () => {
  const doc = $as('mail', HTMLIFrameElement).contentDocument;
  if (doc && doc.documentElement) $('mail').style.height = Math.max(400, doc.documentElement.scrollHeight) + 'px';
  document.body.dataset.frame = frameSrc;
});
$('width-desktop').addEventListener('click', () => { view.width = 'desktop'; applyView(); });
$('width-mobile').addEventListener('click', () => { view.width = 'mobile'; applyView(); });
$('toggle-dark').addEventListener('click', () => { view.scheme = view.scheme === 'dark' ? 'light' : 'dark'; applyView(); });
$('toggle-text').addEventListener('click', () => { view.text = !view.text; applyView(); });
for (const name of ['headers', 'articles', 'feeds']) {
  $('toggle-' + name).addEventListener('click', () => { view.panels.has(name) ? view.panels.delete(name) : view.panels.add(name); applyView(); });
}
$('spam').addEventListener('click', () => { view.panels.add('headers'); applyView(); });
$('digest').addEventListener('change', () => api('/api/select', { digest: $as('digest', HTMLSelectElement).value }).catch((e) => say(errorText(e))));
$('reader').addEventListener('change', () => api('/api/select', { reader: $as('reader', HTMLSelectElement).value }).catch((e) => say(errorText(e))));
$('refetch').addEventListener('click', async () => {
  say('Fetching feeds…');
  try { await api('/api/refetch', {}); say('Feeds fetched.'); } catch (e) { say(errorText(e)); }
});
$('send-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const to = $as('send-to', HTMLInputElement).value.trim();
  say('Sending to ' + to + '…');
  try { const r = await api('/api/send-test', { to }); say('Test sent to ' + to + ': ' + r.response); } catch (e) { say('Not sent: ' + errorText(e)); }
});

const events = new EventSource('/events');
events.addEventListener('hello', () => refresh().catch((e) => say(errorText(e))));
events.addEventListener('building', () => say('Rendering…'));
events.addEventListener('update', () => { say(''); refresh().catch((e) => say(errorText(e))); });
