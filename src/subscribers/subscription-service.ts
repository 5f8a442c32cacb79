import type { LoadedConfig } from '../config/index.js';
import type { Transport } from '../deliver/index.js';
import { isDigestError } from '../domain/errors.js';
import type { Subscriber } from '../domain/subscriber.js';
import type { EventSubscriber, WebhookEvents } from '../domain/webhook-event.js';
import type { Renderer } from '../render/index.js';
import type { ReaderData, ReaderDataRepo, SubscriberRepo } from '../store/index.js';
import { listName } from './list-name.js';
import { mailQueue } from './mail-queue.js';
import { normalizeEmail } from './normalize-email.js';
import { parseRequestCommand } from './request-command.js';
import { confirmationMail, unsubscribeLinkMail, type MailSender } from './subscription-mails.js';
import { newTokenNonce, signToken, tokenFingerprint, verifyToken, type TokenPurpose } from './tokens.js';

export interface SubscriptionDeps {
  config: LoadedConfig;
  subscribers: SubscriberRepo;
  readerData: ReaderDataRepo;
  transport: Transport;
  renderer: Renderer;
  now(): Date;
  /** The address that takes subscribe/unsubscribe mails. */
  requestAddress: string;
  /** Problems sending mail: never the token, never the secret. */
  warn(name: string, fields: Record<string, unknown>): void;
  /** subscriber.confirmed and subscriber.unsubscribed go here. */
  events: WebhookEvents;
}

export type SubscribeOutcome = 'accepted' | 'invalid-email' | 'rate-limited';
export type TokenProblem = 'invalid' | 'expired' | 'used';
export type TokenCheck = { ok: true; subscriber: Subscriber } | { ok: false; problem: TokenProblem };
export type ConfirmOutcome = { ok: true; subscriber: Subscriber } | { ok: false; problem: TokenProblem };
export type UnsubscribeOutcome = ConfirmOutcome;

export interface Preferences {
  subscriber: Subscriber;
  /** Digest keys the reader does not want. */
  optedOut: string[];
  /** A fresh link for the unsubscribe button on the preferences page. */
  unsubscribeToken: string;
}

/** What the preferences form saves. */
export interface PreferencesChoice {
  paused: boolean;
  digests: string[];
  /** "HH:MM", or null for each edition as soon as it is sent; left as it is when absent. */
  sendAt?: string | null;
  /** IANA zone of `sendAt`, or null for the digest's; left as it is when absent. */
  timeZone?: string | null;
}

export type PreferencesOutcome = { ok: true; prefs: Preferences } | { ok: false; problem: TokenProblem };

export interface SubscribeRequest {
  email: string;
  name?: string | null;
  lang?: string | null;
  /** Who is asking: the client IP (web) or the SMTP peer. */
  client: string;
  /** Where the request came from, kept as the consent's source. */
  source: 'web' | 'mail';
}

/** What "download my data" gives a reader: everything stored about them, with the digests they get spelt out. */
export interface ReaderDataDocument {
  exportedAt: string;
  list: string;
  address: string;
  name: string | null;
  status: ReaderData['status'];
  language: string | null;
  timeZone: string | null;
  sendAt: string | null;
  paused: boolean;
  subscriptions: { digest: string; name: string; receiving: boolean }[];
  consent: ReaderData['consent'];
  deliveries: ReaderData['deliveries'];
}

export type ReaderDataOutcome = { ok: true; data: ReaderDataDocument } | { ok: false; problem: TokenProblem };
export type EraseOutcome = { ok: true; email: string; lang: string | null } | { ok: false; problem: TokenProblem };

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const NAME_MAX = 100;

/**
 * The double opt-in state machine: pending until the confirm link is used,
 * confirmed, unsubscribed; every change rides on a signed token. Every
 * request about an address answers the same whether or not the address is
 * known: the work that differs happens in the mail queue, after the answer.
 */
export function subscriptionService(d: SubscriptionDeps) {
  const { config, subscribers } = d;
  const queue = mailQueue((e) =>
    d.warn('subscription-mail-failed', { code: isDigestError(e) ? e.code : 'INTERNAL', error: e instanceof Error ? e.message : String(e) }),
  );
  const sender: MailSender = {
    from: config.from,
    replyTo: config.replyTo,
    requestAddress: d.requestAddress,
    listName: listName(config),
    publicUrl: config.publicUrl,
    postalAddress: config.postalAddress,
  };
  const nowIso = () => d.now().toISOString();
  const ago = (ms: number) => new Date(d.now().getTime() - ms).toISOString();
  const nowSeconds = () => Math.floor(d.now().getTime() / 1000);
  const ttlSeconds = () => Math.round(config.subscribe.tokenTtlDays * 86_400);

  const issue = (purpose: TokenPurpose, sub: number) => signToken({ purpose, sub, exp: nowSeconds() + ttlSeconds(), jti: newTokenNonce() }, config.secret);

  /** True while the client may still ask; counts this request. */
  const clientAllowed = async (client: string) =>
    (await subscribers.countEvent(`ip:${client}`, ago(HOUR_MS), nowIso())) <= config.subscribe.maxRequestsPerIpPerHour;
  const mailAllowed = async (email: string) =>
    (await subscribers.countEvent(`mail:${email}`, ago(DAY_MS), nowIso())) <= config.subscribe.maxMailsPerAddressPerDay;

  async function sendConfirmation(s: Subscriber): Promise<void> {
    if (!(await mailAllowed(s.email))) return;
    const url = `${config.publicUrl}/confirm/${issue('confirm', s.id)}`;
    await d.transport.send(await confirmationMail(d.renderer, sender, s.email, s.lang ?? 'en', url));
  }

  /** Verifies a token and finds its reader; a token of a reader who is gone is as good as expired. */
  async function check(token: string, purpose: TokenPurpose): Promise<TokenCheck> {
    let sub: number;
    try {
      sub = verifyToken(token, purpose, config.secret, nowSeconds()).sub;
    } catch (e) {
      if (isDigestError(e) && e.code === 'TOKEN_EXPIRED') return { ok: false, problem: 'expired' };
      if (isDigestError(e) && e.code === 'TOKEN_INVALID') return { ok: false, problem: 'invalid' };
      throw e;
    }
    const subscriber = await subscribers.byId(sub);
    return subscriber ? { ok: true, subscriber } : { ok: false, problem: 'expired' };
  }

  /** Spends a single-use token; false when it was spent before. The record outlives the longest-lived token (a year, in digest mails). */
  const spend = (token: string, purpose: TokenPurpose, s: Subscriber) =>
    subscribers.spendToken({
      fingerprint: tokenFingerprint(token),
      purpose,
      subscriberId: s.id,
      usedAt: nowIso(),
      expiresAt: new Date((nowSeconds() + ttlSeconds()) * 1000 + 366 * DAY_MS).toISOString(),
    });

  /** Preferences links are reusable for their lifetime: they change only the reader's own settings. */
  async function preferences(token: string): Promise<PreferencesOutcome> {
    const c = await check(token, 'preferences');
    if (!c.ok) return c;
    return {
      ok: true,
      prefs: {
        subscriber: c.subscriber,
        optedOut: await subscribers.optedOutDigests(c.subscriber.id),
        unsubscribeToken: issue('unsubscribe', c.subscriber.id),
      },
    };
  }

  async function subscribe(r: SubscribeRequest): Promise<SubscribeOutcome> {
    let email: string;
    try {
      email = normalizeEmail(r.email);
    } catch {
      return 'invalid-email';
    }
    if (!(await clientAllowed(r.client))) return 'rate-limited';
    const name = r.name ? oneLineName(r.name) : null;
    queue.push(async () => {
      const { subscriber } = await subscribers.add({ email, name: name || null, status: 'pending', lang: r.lang ?? null, source: r.source }, nowIso());
      // Confirmed readers hear nothing more; suppressed ones bounce; everyone else gets the link.
      if (subscriber.status === 'pending' || subscriber.status === 'unsubscribed') await sendConfirmation(subscriber);
    });
    return 'accepted';
  }

  async function unsubscribe(token: string): Promise<UnsubscribeOutcome> {
    const c = await check(token, 'unsubscribe');
    if (!c.ok) return c;
    if (!(await spend(token, 'unsubscribe', c.subscriber))) {
      // A retried one-click POST is fine; a spent link must not undo a later resubscription.
      return c.subscriber.status === 'unsubscribed' ? c : { ok: false, problem: 'used' };
    }
    const status = c.subscriber.status === 'suppressed' ? 'suppressed' : 'unsubscribed';
    await subscribers.setStatus(c.subscriber.id, status, nowIso());
    if (status === 'unsubscribed') await d.events.emit({ type: 'subscriber.unsubscribed', data: { subscriber: eventSubscriber(c.subscriber) } });
    return { ok: true, subscriber: { ...c.subscriber, status } };
  }

  return {
    /** Every mail queued so far has been sent (or has failed and been reported). */
    idle: () => queue.idle(),

    subscribe,

    /** For the imported or the CLI-added: a confirmation mail, within the per-address limit. */
    requestConfirmation(s: Subscriber): void {
      queue.push(() => sendConfirmation(s));
    },

    /** Looks at a token without using it (GET pages); a spent link says so before anyone presses its button. */
    async inspect(token: string, purpose: 'confirm' | 'unsubscribe'): Promise<TokenCheck> {
      const c = await check(token, purpose);
      const done = purpose === 'confirm' ? 'confirmed' : 'unsubscribed';
      if (c.ok && c.subscriber.status !== done && (await subscribers.tokenSpent(tokenFingerprint(token)))) return { ok: false, problem: 'used' };
      return c;
    },

    async confirm(token: string): Promise<ConfirmOutcome> {
      const c = await check(token, 'confirm');
      if (!c.ok) return c;
      if (c.subscriber.status === 'suppressed') return { ok: false, problem: 'invalid' };
      if (!(await spend(token, 'confirm', c.subscriber))) {
        return c.subscriber.status === 'confirmed' ? c : { ok: false, problem: 'used' };
      }
      await subscribers.setStatus(c.subscriber.id, 'confirmed', nowIso());
      await d.events.emit({ type: 'subscriber.confirmed', data: { subscriber: eventSubscriber(c.subscriber) } });
      return { ok: true, subscriber: { ...c.subscriber, status: 'confirmed' } };
    },

    unsubscribe,
    preferences,

    /** `sendAt` and `timeZone` come checked by the edge (see domain/reader-time). */
    async savePreferences(token: string, choice: PreferencesChoice): Promise<PreferencesOutcome> {
      const c = await check(token, 'preferences');
      if (!c.ok) return c;
      const known = config.digests.map((x) => x.key);
      const optedOut = known.filter((k) => !choice.digests.includes(k));
      const { paused, sendAt, timeZone } = choice;
      await subscribers.update(c.subscriber.id, { paused, ...(sendAt !== undefined && { sendAt }), ...(timeZone !== undefined && { timeZone }) }, nowIso());
      await subscribers.setOptedOutDigests(c.subscriber.id, optedOut);
      return preferences(token);
    },

    /** What is stored about the reader of a preferences link (their download). */
    async readerData(token: string): Promise<ReaderDataOutcome> {
      const c = await check(token, 'preferences');
      if (!c.ok) return c;
      const data = await d.readerData.export(c.subscriber.id);
      if (!data) return { ok: false, problem: 'expired' };
      const { email, optedOutDigests, lang, ...rest } = data;
      return {
        ok: true,
        data: {
          exportedAt: nowIso(),
          list: sender.listName,
          address: email,
          name: rest.name,
          status: rest.status,
          language: lang,
          timeZone: rest.timeZone,
          sendAt: rest.sendAt,
          paused: rest.paused,
          subscriptions: config.digests.map((x) => ({
            digest: x.key,
            name: x.name,
            receiving: rest.status === 'confirmed' && !rest.paused && !optedOutDigests.includes(x.key),
          })),
          consent: rest.consent,
          deliveries: rest.deliveries,
        },
      };
    },
    /** Erases the reader of a preferences link; the link then works no more (its reader is gone). */
    async erase(token: string): Promise<EraseOutcome> {
      const c = await check(token, 'preferences');
      if (!c.ok) return c;
      await d.readerData.forget(c.subscriber.id, nowIso());
      return { ok: true, email: c.subscriber.email, lang: c.subscriber.lang };
    },
    /** A mail to the request address. The From address can be forged, so only a token unsubscribes at once. */
    async handleRequestMail(mail: { from: string; subject?: string | null; text?: string | null; recipient?: string | null; client: string }): Promise<void> {
      const command = parseRequestCommand(mail);
      if (command.kind === 'subscribe') {
        await subscribe({ email: mail.from, client: mail.client, source: 'mail' });
      } else if (command.kind === 'unsubscribe' && command.token) {
        await unsubscribe(command.token);
      } else if (command.kind === 'unsubscribe') {
        let email: string;
        try {
          email = normalizeEmail(mail.from);
        } catch {
          return;
        }
        if (!(await clientAllowed(mail.client))) return;
        queue.push(async () => {
          const s = await subscribers.byEmail(email);
          if (!s || s.status === 'unsubscribed' || s.status === 'suppressed' || !(await mailAllowed(email))) return;
          await d.transport.send(unsubscribeLinkMail(d.renderer, sender, s.email, s.lang, `${config.publicUrl}/unsubscribe/${issue('unsubscribe', s.id)}`));
        });
      }
    },

    /** Drops pending readers older than pendingExpiryDays and rate/token history nobody needs. */
    async expire(): Promise<number> {
      await subscribers.pruneHistory(ago(2 * DAY_MS));
      return subscribers.expirePending(ago(config.subscribe.pendingExpiryDays * DAY_MS));
    },
  };
}

export type SubscriptionService = ReturnType<typeof subscriptionService>;

/** What a webhook event says about a reader. */
export function eventSubscriber(s: Subscriber): EventSubscriber {
  return { id: s.id, email: s.email, name: s.name, lang: s.lang };
}

/** A name as one line of plain text, control characters folded, bounded. */
function oneLineName(raw: string): string {
  return raw
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, NAME_MAX);
}
