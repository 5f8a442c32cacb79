/** Links a reader needs to leave or manage the list, already signed. */
export interface ReaderLinks {
  unsubscribeUrl: string;
  /** mailto: form of List-Unsubscribe, carrying the reader's token. */
  unsubscribeMailto: string;
}

/** RFC 2369 / RFC 8058 list headers for one reader. */
export function listHeaders(listId: string, listName: string, links: ReaderLinks, archiveUrl: string): Record<string, string> {
  return {
    'List-Id': `${stripControl(listName)} <${listId}>`,
    'List-Unsubscribe': `<${links.unsubscribeUrl}>, <${links.unsubscribeMailto}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    'List-Archive': `<${archiveUrl}>`,
    Precedence: 'bulk',
  };
}

/** The characters of \p{Cc}, for a plain test: most values carry none, and the test is cheaper than the replace. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Header values can never carry CR/LF: that is how headers get injected. */
export function stripControl(value: string): string {
  return CONTROL.test(value) ? value.replace(/\p{Cc}+/gu, ' ').trim() : value.trim();
}
