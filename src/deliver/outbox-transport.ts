import type { OutboundEmail, SendResult } from '../domain/outbound-email.js';
import { buildMime } from './mime-message.js';
import { outboxFolder } from './outbox-folder.js';
import type { Transport } from './transport.js';

/** Delivery to a folder instead of SMTP: the offline demo and a machine without a mail server. */
export function outboxTransport(dir: string): Transport {
  const folder = outboxFolder(dir);
  return {
    kind: 'outbox',
    destination: dir,
    async send(mail: OutboundEmail): Promise<SendResult> {
      const file = await folder.add({ messageId: mail.messageId, to: mail.to, subject: mail.subject, eml: await buildMime(mail), html: mail.html });
      return { messageId: mail.messageId, response: file };
    },
    async close() {
      folder.writeIndex();
    },
  };
}
