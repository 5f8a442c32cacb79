/** The words of the plain mails the subscription service writes itself, per language. */
export interface ReplyText {
  lang: string;
  unsubscribeSubject: string;
  /** Lines of the body; `{url}` is replaced by the unsubscribe page's address. */
  unsubscribeBody: string[];
}
