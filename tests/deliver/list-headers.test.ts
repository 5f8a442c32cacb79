import { describe, expect, it } from 'vitest';
import { listHeaders } from '../../src/deliver/index.js';

describe('listHeaders', () => {
  const headersFor = listHeaders('weekly.lists.example.net', 'The Weekly\r\nBcc: x@example.net', 'https://lists.example.net/archive/w-1');
  const headers = headersFor({ unsubscribeUrl: 'https://lists.example.net/u/bbb', unsubscribeMailto: 'mailto:req@lists.example.net?subject=u%20bbb' });

  it("puts each reader's own links in List-Unsubscribe and the list's in the rest", () => {
    expect(headers).toEqual({
      'List-Id': 'The Weekly Bcc: x@example.net <weekly.lists.example.net>',
      'List-Unsubscribe': '<https://lists.example.net/u/bbb>, <mailto:req@lists.example.net?subject=u%20bbb>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Archive': '<https://lists.example.net/archive/w-1>',
      Precedence: 'bulk',
    });
  });
});
