/**
 * The labels the program's own code prints, by section of a language file.
 * Templates name theirs in the template (`{{t "key"}}`); these are checked
 * against the fallback language at start, so a missing one fails before any
 * page or mail goes out.
 */
export const PAGE_KEYS = [
  'subscribeHeading',
  'subscribeIntro',
  'emailLabel',
  'emailHint',
  'nameLabel',
  'subscribeButton',
  'privacyNote',
  'invalidEmail',
  'checkInboxHeading',
  'checkInboxBody',
  'rateLimitedHeading',
  'rateLimitedBody',
  'confirmHeading',
  'confirmBody',
  'confirmButton',
  'confirmedHeading',
  'confirmedBody',
  'unsubscribeHeading',
  'unsubscribeBody',
  'unsubscribeButton',
  'unsubscribedHeading',
  'unsubscribedBody',
  'preferencesHeading',
  'preferencesIntro',
  'pauseLabel',
  'digestsLegend',
  'saveButton',
  'deliveryLegend',
  'sendAtLabel',
  'sendAtHint',
  'timeZoneLabel',
  'timeZoneHint',
  'invalidSendAt',
  'invalidTimeZone',
  'savedNotice',
  'leaveHeading',
  'leaveBody',
  'leaveLink',
  'linkInvalidHeading',
  'linkInvalidBody',
  'linkExpiredHeading',
  'linkExpiredBody',
  'linkUsedHeading',
  'linkUsedBody',
  'archiveHeading',
  'archiveEmpty',
  'archiveStories',
  'archiveSubscribe',
  'archiveBack',
  'archiveFeeds',
  'forbiddenHeading',
  'forbiddenBody',
  'notFoundHeading',
  'notFoundBody',
  'errorHeading',
  'errorBody',
  'homeLink',
  'languageSwitcher',
] as const;

/** The plain mails the subscription service writes itself (answers to the request address). */
export const REPLY_KEYS = ['unsubscribeSubject', 'unsubscribeBody'] as const;

export type PageKey = (typeof PAGE_KEYS)[number];
export type ReplyKey = (typeof REPLY_KEYS)[number];
