import { Hono } from 'hono';
import { sendAtSchema, timeZoneSchema } from '../../domain/reader-time.js';
import type { PageText } from '../../i18n/index.js';
import { listName, type Preferences, type PreferencesChoice } from '../../subscribers/index.js';
import { html } from '../html.js';
import { readForm, sameOriginOnly } from '../http-request.js';
import { respond, type Reply } from '../http-response.js';
import { linkProblemReply, messageReply, pageReply } from '../page-reply.js';
import { textFor, type ServerDeps, type WebEnv } from '../route.js';

/** What the page shows above the form: the saved notice, or why nothing was saved (with what the reader typed, kept in the fields). */
type FormState = { saved: true } | { saved: false; problem?: string; typed?: { sendAt: string; timeZone: string } };

function preferencesPage(deps: ServerDeps, token: string, text: PageText, prefs: Preferences, state: FormState): Reply {
  const { subscriber, optedOut, unsubscribeToken } = prefs;
  const digests = deps.config.digests;
  const typed = !state.saved && state.typed ? state.typed : { sendAt: subscriber.sendAt ?? '', timeZone: subscriber.timeZone ?? '' };
  const problem = !state.saved ? state.problem : undefined;
  const body = html`${state.saved ? html`<p class="notice" role="status">${text.t('savedNotice')}</p>` : ''}${problem ? html`<p class="error" role="alert">${problem}</p>` : ''}
<p>${text.t('preferencesIntro', { email: subscriber.email })}</p>
<form method="post">
<label class="check"><input type="checkbox" name="paused" value="1"${subscriber.paused ? html` checked` : ''}> ${text.t('pauseLabel')}</label>
${
  digests.length > 1
    ? html`<fieldset><legend>${text.t('digestsLegend')}</legend>
${digests.map((d) => html`<label class="check"><input type="checkbox" name="digest" value="${d.key}"${optedOut.includes(d.key) ? '' : html` checked`}> ${d.name}</label>\n`)}</fieldset>`
    : html`<input type="hidden" name="digest" value="${digests[0]!.key}">`
}
<fieldset><legend>${text.t('deliveryLegend')}</legend>
<label for="sendAt">${text.t('sendAtLabel')}</label>
<input type="time" id="sendAt" name="sendAt" value="${typed.sendAt}" aria-describedby="sendAtHint">
<p class="hint" id="sendAtHint">${text.t('sendAtHint')}</p>
<label for="timeZone">${text.t('timeZoneLabel')}</label>
<input type="text" id="timeZone" name="timeZone" value="${typed.timeZone}" autocomplete="off" spellcheck="false" aria-describedby="timeZoneHint">
<p class="hint" id="timeZoneHint">${text.t('timeZoneHint', { zone: [...new Set(digests.map((d) => d.timeZone))].join(', ') })}</p>
</fieldset>
<button type="submit">${text.t('saveButton')}</button>
</form>
<section class="data" aria-labelledby="data-heading">
<h2 id="data-heading">${text.t('dataHeading')}</h2>
<p>${text.t('dataBody', { email: subscriber.email, list: listName(deps.config) })}</p>
<div class="actions">
<form method="post" action="/preferences/${token}/data"><button type="submit" class="secondary">${text.t('downloadButton')}</button></form>
<a class="secondary" href="/preferences/${token}/erase">${text.t('eraseLink')}</a>
</div>
</section>
<section class="leave" aria-labelledby="leave-heading">
<h2 id="leave-heading">${text.t('leaveHeading')}</h2>
<p>${text.t('leaveBody', { email: subscriber.email })}</p>
<a class="secondary" href="/unsubscribe/${unsubscribeToken}">${text.t('leaveLink')}</a>
</section>`;
  return pageReply(state.saved || !problem ? 200 : 400, text, deps.config, text.t('preferencesHeading'), body);
}

/** The form's fields, checked: an empty time or zone clears it, an absent one is left as it is. */
function readChoice(form: URLSearchParams, text: PageText): { ok: true; choice: PreferencesChoice } | { ok: false; problem: string } {
  const choice: PreferencesChoice = { paused: form.has('paused'), digests: form.getAll('digest') };
  const sendAt = form.get('sendAt')?.trim();
  const zone = form.get('timeZone')?.trim();
  if (sendAt !== undefined) {
    const r = sendAt ? sendAtSchema.safeParse(sendAt) : null;
    if (r && !r.success) return { ok: false, problem: text.t('invalidSendAt') };
    choice.sendAt = r?.data ?? null;
  }
  if (zone !== undefined) {
    const r = zone ? timeZoneSchema.safeParse(zone) : null;
    if (r && !r.success) return { ok: false, problem: text.t('invalidTimeZone', { value: zone }) };
    choice.timeZone = r?.data ?? null;
  }
  return { ok: true, choice };
}

export function preferencesRoutes(deps: ServerDeps): Hono<WebEnv> {
  const { config, subscriptions } = deps;
  return (
    new Hono<WebEnv>()
      .get('/preferences/:token', async (c) => {
        const r = await subscriptions.preferences(c.req.param('token'));
        const text = textFor(c, deps, r.ok ? r.prefs.subscriber.lang : null);
        return respond(r.ok ? preferencesPage(deps, c.req.param('token'), text, r.prefs, { saved: false }) : linkProblemReply(text, config, r.problem));
      })
      .post('/preferences/:token', sameOriginOnly(config.publicUrl), async (c) => {
        const token = c.req.param('token');
        const form = await readForm(c.req.raw);
        const current = await subscriptions.preferences(token);
        const text = textFor(c, deps, current.ok ? current.prefs.subscriber.lang : null);
        if (!current.ok) return respond(linkProblemReply(text, config, current.problem));
        const read = readChoice(form, text);
        if (!read.ok) {
          return respond(
            preferencesPage(deps, c.req.param('token'), text, current.prefs, {
              saved: false,
              problem: read.problem,
              typed: { sendAt: form.get('sendAt') ?? '', timeZone: form.get('timeZone') ?? '' },
            }),
          );
        }
        const r = await subscriptions.savePreferences(token, read.choice);
        return respond(r.ok ? preferencesPage(deps, token, text, r.prefs, { saved: true }) : linkProblemReply(text, config, r.problem));
      })
      // A download of personal data is a POST from the page, like every action, never a link a mail scanner could follow.
      .post('/preferences/:token/data', sameOriginOnly(config.publicUrl), async (c) => {
        const r = await subscriptions.readerData(c.req.param('token'));
        if (!r.ok) return respond(linkProblemReply(textFor(c, deps), config, r.problem));
        return respond({
          status: 200,
          body: `${JSON.stringify(r.data, null, 2)}\n`,
          type: 'json',
          headers: { 'Content-Disposition': 'attachment; filename="my-data.json"' },
        });
      })
      // Opening the erase link only asks; the button on that page erases.
      .get('/preferences/:token/erase', async (c) => {
        const token = c.req.param('token');
        const r = await subscriptions.preferences(token);
        const text = textFor(c, deps, r.ok ? r.prefs.subscriber.lang : null);
        if (!r.ok) return respond(linkProblemReply(text, config, r.problem));
        const body = html`<p>${text.t('eraseBody', { email: r.prefs.subscriber.email, list: listName(config) })}</p>
<form method="post"><button type="submit">${text.t('eraseButton')}</button></form>
<p><a href="/preferences/${token}">${text.t('preferencesHeading')}</a></p>`;
        return respond(pageReply(200, text, config, text.t('eraseHeading'), body));
      })
      .post('/preferences/:token/erase', sameOriginOnly(config.publicUrl), async (c) => {
        const r = await subscriptions.erase(c.req.param('token'));
        const text = textFor(c, deps, r.ok ? r.lang : null);
        if (!r.ok) return respond(linkProblemReply(text, config, r.problem));
        return respond(messageReply(200, text, config, text.t('erasedHeading'), text.t('erasedBody', { email: r.email })));
      })
  );
}
