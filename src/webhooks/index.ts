export { signWebhook, secretKey, secretProblem, SECRET_PREFIX } from './webhook-signature.js';
export { webhookQueue, type WebhookEndpoint } from './webhook-queue.js';
export { startDispatcher, type Dispatcher, type DispatcherOptions } from './webhook-dispatcher.js';
