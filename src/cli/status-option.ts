import { DigestError } from '../domain/errors.js';
import { isSubscriberStatus, SUBSCRIBER_STATUSES, type SubscriberStatus } from '../domain/subscriber.js';

/** The --status option checked against the closed set of reader statuses. */
export function statusOption(value: string | undefined): SubscriberStatus | undefined {
  if (value === undefined || isSubscriberStatus(value)) return value;
  throw new DigestError('USAGE', `--status must be one of ${SUBSCRIBER_STATUSES.join(', ')}`, { field: 'status' });
}
