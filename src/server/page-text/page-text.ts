/** Every word the web pages show, per language. `{name}` marks a value filled in. */
export interface PageText {
  lang: string;
  /** The language's own name, for the switcher. */
  languageName: string;
  subscribeHeading: string;
  subscribeIntro: string;
  emailLabel: string;
  emailHint: string;
  nameLabel: string;
  subscribeButton: string;
  privacyNote: string;
  invalidEmail: string;
  checkInboxHeading: string;
  checkInboxBody: string;
  rateLimitedHeading: string;
  rateLimitedBody: string;
  confirmHeading: string;
  confirmBody: string;
  confirmButton: string;
  confirmedHeading: string;
  confirmedBody: string;
  unsubscribeHeading: string;
  unsubscribeBody: string;
  unsubscribeButton: string;
  unsubscribedHeading: string;
  unsubscribedBody: string;
  preferencesHeading: string;
  preferencesIntro: string;
  pauseLabel: string;
  digestsLegend: string;
  saveButton: string;
  deliveryLegend: string;
  sendAtLabel: string;
  sendAtHint: string;
  timeZoneLabel: string;
  /** `{zone}`: the digest's zone. */
  timeZoneHint: string;
  invalidSendAt: string;
  /** `{value}`: what the reader typed. */
  invalidTimeZone: string;
  savedNotice: string;
  /** The preferences page's secondary section that leads to the unsubscribe page. */
  leaveHeading: string;
  leaveBody: string;
  leaveLink: string;
  archiveOneStory: string;
  /** `{count}`: stories in an edition. */
  archiveStories: string;
  archiveSubscribe: string;
  linkInvalidHeading: string;
  linkInvalidBody: string;
  linkExpiredHeading: string;
  linkExpiredBody: string;
  linkUsedHeading: string;
  linkUsedBody: string;
  archiveHeading: string;
  archiveEmpty: string;
  archiveBack: string;
  forbiddenHeading: string;
  forbiddenBody: string;
  notFoundHeading: string;
  notFoundBody: string;
  errorHeading: string;
  errorBody: string;
  homeLink: string;
}
