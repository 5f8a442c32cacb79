export const SUBSCRIBER_STATUSES = ['pending', 'confirmed', 'unsubscribed', 'suppressed'] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];

export function isSubscriberStatus(value: string): value is SubscriberStatus {
  return (SUBSCRIBER_STATUSES as readonly string[]).includes(value);
}

export interface Subscriber {
  id: number;
  email: string;
  name: string | null;
  status: SubscriberStatus;
  lang: string | null;
  /** IANA zone for per-reader delivery time, or null for the digest's own. */
  timeZone: string | null;
  /** "HH:MM" local delivery time, or null for the digest's schedule. */
  sendAt: string | null;
  paused: boolean;
  createdAt: string;
  confirmedAt: string | null;
}
