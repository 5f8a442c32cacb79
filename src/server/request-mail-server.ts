import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { listenSmtp, plainSmtpOptions, type ListeningSmtp } from './listen-smtp.js';
import type { SubscriptionService } from '../subscribers/index.js';

export type RequestMailServer = ListeningSmtp;

/** A command mail is a line or two; anything bigger is not one. */
const MAX_MESSAGE_BYTES = 256 * 1024;

/**
 * Listens for mail to the request address: "subscribe", "unsubscribe" and
 * the List-Unsubscribe mailto form. Mail for any other address is refused at
 * RCPT; every accepted message gets the same 250, whatever it asked.
 */
export async function startRequestMailServer(o: {
  port: number;
  host: string;
  requestAddress: string;
  subscriptions: SubscriptionService;
  warn(name: string, fields: Record<string, unknown>): void;
}): Promise<RequestMailServer> {
  const [wantedLocal, wantedDomain] = splitAddress(o.requestAddress);
  const server = new SMTPServer({
    ...plainSmtpOptions(MAX_MESSAGE_BYTES, 'news-digest request address'),
    onRcptTo(address, _session, cb) {
      const [local, domain] = splitAddress(address.address);
      // "request+<token>@domain" carries an unsubscribe token in the address.
      if (domain !== wantedDomain || local.split('+')[0] !== wantedLocal) {
        return cb(Object.assign(new Error('no such mailbox here'), { responseCode: 550 }));
      }
      cb();
    },
    onData(stream, session, cb) {
      simpleParser(stream)
        .then(async (parsed) => {
          if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) return cb(Object.assign(new Error('message too large'), { responseCode: 552 }));
          const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
          await o.subscriptions.handleRequestMail({
            from: parsed.from?.value[0]?.address ?? envelopeFrom,
            subject: parsed.subject ?? null,
            text: parsed.text ?? null,
            recipient: session.envelope.rcptTo[0]?.address ?? null,
            client: session.remoteAddress,
          });
          cb();
        })
        .catch((e: unknown) => {
          o.warn('request-mail-failed', { error: e instanceof Error ? e.message : String(e) });
          cb(Object.assign(new Error('try again later'), { responseCode: 451 }));
        });
    },
  });
  return listenSmtp(server, { port: o.port, host: o.host, warn: o.warn, event: 'request-mail-error' });
}

function splitAddress(address: string): [string, string] {
  const at = address.lastIndexOf('@');
  return [address.slice(0, at).toLowerCase(), address.slice(at + 1).toLowerCase()];
}
