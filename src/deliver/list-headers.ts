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

/** Header values can never carry CR/LF: that is how headers get injected. */
export function stripControl(value: string): string {
  return value.replace(/\p{Cc}+/gu, ' ').trim();
}
