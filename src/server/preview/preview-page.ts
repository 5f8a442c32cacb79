/**
 * The editor's page: one HTML document with its CSS and script inline (a
 * nonce lets them past the page's Content-Security-Policy, nothing else runs),
 * no external assets. The mail itself sits in a sandboxed frame without scripts.
 */
export function previewPage(nonce: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preview · news-digest</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body data-version="0" data-width="desktop" data-scheme="light">
<header class="bar">
  <strong class="brand">Preview</strong>
  <label>Digest <select id="digest"></select></label>
  <label>Reader <select id="reader"></select></label>
  <span class="group" role="group" aria-label="Width">
    <button type="button" id="width-desktop" aria-pressed="true">Desktop</button><button type="button" id="width-mobile" aria-pressed="false">Mobile</button>
  </span>
  <button type="button" id="toggle-dark" aria-pressed="false">Dark</button>
  <button type="button" id="toggle-text" aria-pressed="false">Plain text</button>
  <button type="button" id="toggle-headers" aria-pressed="false" data-panel="headers">Headers</button>
  <button type="button" id="toggle-articles" aria-pressed="false" data-panel="articles">Articles</button>
  <button type="button" id="toggle-feeds" aria-pressed="false" data-panel="feeds">Feeds</button>
  <span id="size" class="meter" title="Gmail clips the HTML of a message past 102 KB"><meter id="size-meter" min="0"></meter> <span id="size-text">–</span></span>
  <span id="spam" class="spam">SpamAssassin –</span>
  <button type="button" id="refetch">Refetch feeds</button>
  <form id="send-form" class="send"><input id="send-to" type="email" required placeholder="you@example.org" aria-label="Test address"><button type="submit">Send a test to me</button></form>
  <span id="status" role="status"></span>
</header>
<p id="note" class="note" role="note" hidden></p>
<p id="label-gaps" class="gaps" role="note" hidden></p>
<main>
  <section id="stage" class="stage">
    <p id="empty" class="empty" hidden>Nothing to preview: no article is new and no edition has been sent yet. Refetch the feeds or wait for new items.</p>
    <iframe id="mail" title="The mail as the reader gets it" sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>
    <pre id="text" class="text" hidden></pre>
  </section>
  <aside id="panels" class="panels" hidden>
    <section id="panel-headers" hidden><h2>Headers</h2><p id="subject" class="muted"></p><table id="headers"></table></section>
    <section id="panel-articles" hidden><h2>Why these stories</h2><p class="muted">Fair by default: every feed (every tag section with groupBy: tag) with a new story gets one, in the order of each feed's best story, before any gets a second; then seconds, up to maxStories, and no feed past maxPerFeed. Live blogs, quizzes, podcasts or videos without text and corrections are left out unless the digest's include lists them. The score adds six parts worth 0 to 1 each: place in its feed, other sources, freshness, length of text, key quotes, key figures.</p><p id="left-out" class="muted"></p><ol id="articles"></ol></section>
    <section id="panel-feeds" hidden><h2>Feeds</h2><table id="feeds"><thead><tr><th>Feed</th><th>Status</th><th>Last fetch</th><th>Items</th><th>New</th></tr></thead><tbody></tbody></table><p id="feeds-note" class="muted"></p><ul id="filtered" class="muted"></ul></section>
    <section id="panel-spam" hidden><h2>SpamAssassin rules</h2><table id="spam-rules"></table></section>
  </aside>
</main>
<div id="overlay" class="overlay" role="alertdialog" aria-labelledby="overlay-title" hidden>
  <div class="box">
    <h2 id="overlay-title">Preview failed</h2>
    <p id="overlay-where" class="where"></p>
    <pre id="overlay-message"></pre>
    <p class="muted">The preview server keeps running: save the file again to retry.</p>
  </div>
</div>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>
`;
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;background:#eceae4}
body[data-scheme=dark]{background:#2a2824}
.bar{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;gap:6px 10px;align-items:center;padding:8px 12px;background:#fff;border-bottom:1px solid #d0cdc4}
.brand{margin-right:4px}
button,select,input{font:inherit}
button{padding:3px 9px;border:1px solid #b9b5aa;border-radius:5px;background:#f7f6f2;cursor:pointer}
button[aria-pressed=true]{background:#1f2328;color:#fff;border-color:#1f2328}
.group button{border-radius:0}.group button:first-child{border-radius:5px 0 0 5px}.group button:last-child{border-radius:0 5px 5px 0;border-left:0}
.meter meter{width:90px;vertical-align:middle}
.spam.good{color:#1a7f37}.spam.bad{color:#cf222e}
.send{display:flex;gap:4px}.send input{width:180px;padding:3px 6px}
#status{color:#57606a}
main{display:flex;gap:12px;padding:12px;align-items:flex-start}
.stage{flex:1;display:flex;justify-content:center;min-width:0}
#mail{border:0;background:#fff;width:100%;max-width:900px;height:80vh;box-shadow:0 1px 4px rgba(0,0,0,.15)}
body[data-width=mobile] #mail{width:375px}
.text{background:#fff;padding:16px;max-width:72ch;white-space:pre-wrap;overflow-wrap:anywhere;margin:0;box-shadow:0 1px 4px rgba(0,0,0,.15)}
.empty{background:#fff;padding:24px;border-radius:6px}
.note{margin:12px 12px 0;padding:8px 12px;background:#fff8c5;border:1px solid #d4a72c;border-radius:6px}
.panels{width:min(520px,45vw);max-height:calc(100vh - 90px);overflow:auto;background:#fff;border-radius:6px;padding:4px 14px 14px;box-shadow:0 1px 4px rgba(0,0,0,.15)}
.panels h2{font-size:15px;margin:14px 0 6px}
table{border-collapse:collapse;width:100%}
td,th{text-align:left;vertical-align:top;padding:3px 6px;border-bottom:1px solid #eee;overflow-wrap:anywhere}
th{font-weight:600;white-space:nowrap}
.muted{color:#57606a}
.gaps{margin:8px 12px 0;padding:6px 10px;white-space:pre-line;background:#fff8c5;border-radius:5px;overflow-wrap:anywhere}
#articles{padding-left:22px}
#articles li{margin-bottom:12px}
.badge{display:inline-block;font-size:12px;padding:0 6px;border-radius:9px;margin-right:4px;background:#ddd}
.verdict-picked .badge{background:#dafbe1;color:#1a7f37}
.verdict-cut-for-size .badge{background:#fff1c2;color:#7d4e00}
.verdict-below-cutoff .badge{background:#eee;color:#57606a}
.reason{margin:2px 0}
.facts{margin:2px 0 0;padding-left:18px}
.key{font-size:11px;color:#1a7f37;margin-left:4px}
tr.status-error td{background:#ffebe9}
tr.status-never td{background:#fff8c5}
tr.off td{color:#8c959f}
.overlay{position:fixed;inset:0;z-index:5;background:rgba(20,18,14,.55);display:flex;align-items:flex-start;justify-content:center;padding-top:10vh}
.overlay[hidden]{display:none}
.overlay .box{background:#fff;border-top:5px solid #cf222e;border-radius:6px;max-width:760px;width:92%;padding:10px 22px 16px}
.overlay h2{color:#cf222e;margin:8px 0}
.where{font-family:ui-monospace,monospace;font-weight:600}
.overlay pre{white-space:pre-wrap;background:#f6f8fa;padding:10px;border-radius:4px}
`;

// Plain browser JavaScript, run as is: no build step, no framework.
const SCRIPT = `
'use strict';
const $ = (id) => document.getElementById(id);
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
const safeHref = (u) => (/^https?:\\/\\//i.test(u || '') ? u : null);
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
  $('label-gaps').textContent = s.labelGaps.join('\\n');

  const m = s.mail;
  $('note').hidden = !s.note;
  $('note').textContent = s.note ? s.note.charAt(0).toUpperCase() + s.note.slice(1) + '.' : '';
  $('empty').hidden = !!m || !!s.error;
  $('mail').hidden = !m || view.text;
  $('text').hidden = !m || !view.text;
  if (m) {
    const src = '/mail.html?v=' + s.version + '&scheme=' + view.scheme;
    if (src !== frameSrc) { frameSrc = src; $('mail').src = src; }
    $('text').textContent = m.text;
    $('subject').textContent = m.subject;
    $('headers').replaceChildren(...m.headers.map(([k, v]) => h('tr', null, h('th', null, k), h('td', null, v))));
    $('size-meter').max = m.clipBytes;
    $('size-meter').high = m.budgetBytes;
    $('size-meter').optimum = 0;
    $('size-meter').value = m.htmlBytes;
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
  $('feeds').tBodies[0].replaceChildren(...s.feeds.map((f) => h('tr', { class: 'status-' + f.status + (f.inDigest ? '' : ' off'), 'data-status': f.status },
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
    el.textContent = 'SpamAssassin: ' + e.message;
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
    if (src !== frameSrc) { frameSrc = src; $('mail').src = src; }
  }
}

$('mail').addEventListener('load', () => {
  const doc = $('mail').contentDocument;
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
$('digest').addEventListener('change', () => api('/api/select', { digest: $('digest').value }).catch((e) => say(e.message)));
$('reader').addEventListener('change', () => api('/api/select', { reader: $('reader').value }).catch((e) => say(e.message)));
$('refetch').addEventListener('click', async () => {
  say('Fetching feeds…');
  try { await api('/api/refetch', {}); say('Feeds fetched.'); } catch (e) { say(e.message); }
});
$('send-form').addEventListener('submit', async (ev) => {
  ev.preventDefault();
  const to = $('send-to').value.trim();
  say('Sending to ' + to + '…');
  try { const r = await api('/api/send-test', { to }); say('Test sent to ' + to + ': ' + r.response); } catch (e) { say('Not sent: ' + e.message); }
});

const events = new EventSource('/events');
events.addEventListener('hello', () => refresh().catch((e) => say(e.message)));
events.addEventListener('building', () => say('Rendering…'));
events.addEventListener('update', () => { say(''); refresh().catch((e) => say(e.message)); });
`;
