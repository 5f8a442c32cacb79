export { startServer } from './start-server.js';
export type { RunningServer, ServeOptions } from './start-server.js';
export { subscriptionsFor } from './subscriptions-for.js';
export { startDevSmtpServer } from './dev-smtp-server.js';
export type { DevSmtpServer, ReceivedMail } from './dev-smtp-server.js';
export { exportArchiveSite } from './archive/export-site.js';
export type { ExportOptions, ExportReport } from './archive/export-site.js';
