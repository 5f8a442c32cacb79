export type { Transport } from './transport.js';
export { smtpTransport, classifySmtpError } from './smtp-transport.js';
export type { SmtpOptions } from './smtp-transport.js';
export { outboxTransport } from './outbox-transport.js';
export { buildMime, toMailOptions } from './mime-message.js';
export { listHeaders, stripControl } from './list-headers.js';
export type { ReaderLinks } from './list-headers.js';
export { sendEdition } from './send-edition.js';
export type { QueuedDelivery, DeliveryLog, BounceLog, SendProgress, SendEditionDeps, SendEditionOptions } from './send-edition.js';
