/** Links a reader needs to leave or manage the list, already signed. */
export interface ReaderLinks {
  unsubscribeUrl: string;
  /** mailto: form of List-Unsubscribe, carrying the reader's token. */
  unsubscribeMailto: string;
}

/**
 * RFC 2369 / RFC 8058 list headers for each reader of one list: only
 * List-Unsubscribe is a reader's own. The others are the same string objects
 * for every reader, so a composer that keeps each header's last line knows
 * them unchanged by identity, without comparing (and first flattening) a fresh
 * string per reader.
 */
export function listHeaders(listId: string, listName: string, archiveUrl: string): (links: ReaderLinks) => Record<string, string> {
  const id = `${stripControl(listName)} <${listId}>`;
  const archive = `<${archiveUrl}>`;
  return (links) => ({
    'List-Id': id,
    'List-Unsubscribe': `<${links.unsubscribeUrl}>, <${links.unsubscribeMailto}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    'List-Archive': archive,
    Precedence: 'bulk',
  });
}

/** The characters of \p{Cc}, for a plain test: most values carry none, and the test is cheaper than the replace. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Header values can never carry CR/LF: that is how headers get injected. */
export function stripControl(value: string): string {
  return CONTROL.test(value) ? value.replace(/\p{Cc}+/gu, ' ').trim() : value.trim();
}
