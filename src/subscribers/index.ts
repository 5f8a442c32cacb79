export { signToken, verifyToken, newTokenNonce, tokenFingerprint, TOKEN_PURPOSES } from './tokens.js';
export type { TokenClaims, TokenPurpose } from './tokens.js';
export { normalizeEmail } from './normalize-email.js';
export { eventSubscriber, subscriptionService } from './subscription-service.js';
export type {
  ConfirmOutcome,
  EraseOutcome,
  Preferences,
  PreferencesChoice,
  PreferencesOutcome,
  ReaderDataDocument,
  ReaderDataOutcome,
  SubscribeOutcome,
  SubscribeRequest,
  SubscriptionDeps,
  SubscriptionService,
  TokenCheck,
  TokenProblem,
  UnsubscribeOutcome,
} from './subscription-service.js';
export { parseRequestCommand } from './request-command.js';
export type { RequestCommand } from './request-command.js';
export { listName } from './list-name.js';
export { readCsv, csvLine } from './csv.js';
export type { CsvItem, CsvProblem, CsvRecord } from './csv.js';
export { importReaders, IMPORT_BATCH } from './import-readers.js';
export type { BadRow, ImportCount, ImportDeps, ImportRow } from './import-readers.js';
export type { LeftReason } from './export-layouts.js';
export { sendAtProblem, timeZoneProblem } from './reader-time.js';
