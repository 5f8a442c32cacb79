/** What a mail to the request address asks for. */
export type RequestCommand = { kind: 'subscribe' } | { kind: 'unsubscribe'; token: string | null } | { kind: 'unknown' };

// A token is base64url payload "." base64url signature; anything else is not one.
const TOKEN = /^[A-Za-z0-9_-]{1,120}\.[A-Za-z0-9_-]{43}$/;

/**
 * Reads the command from the subject, else from the first non-empty line of
 * the body ("Re:" and the like are ignored): `subscribe`, `unsubscribe`, or
 * `unsubscribe <token>` as the List-Unsubscribe mailto link writes it. The
 * token may also ride in the recipient's plus part (request+<token>@...).
 */
export function parseRequestCommand(mail: { subject?: string | null; text?: string | null; recipient?: string | null }): RequestCommand {
  const plusToken = tokenFromAddress(mail.recipient ?? '');
  const firstLine = (mail.text ?? '').split(/\r?\n/).find((l) => l.trim() !== '' && !l.startsWith('>')) ?? '';
  for (const line of [mail.subject ?? '', firstLine]) {
    const words = line
      .replace(/^\s*((re|fwd?|aw|wg)\s*:\s*)+/i, '')
      .trim()
      .split(/\s+/);
    const verb = words[0]?.toLowerCase();
    if (verb === 'subscribe' && words.length === 1) return { kind: 'subscribe' };
    if (verb === 'unsubscribe') {
      const token = words[1] && TOKEN.test(words[1]) ? words[1] : plusToken;
      if (words.length <= 2) return { kind: 'unsubscribe', token };
    }
  }
  return { kind: 'unknown' };
}

function tokenFromAddress(address: string): string | null {
  const local = address.slice(0, address.lastIndexOf('@'));
  const plus = local.indexOf('+');
  const candidate = plus >= 0 ? local.slice(plus + 1) : '';
  return TOKEN.test(candidate) ? candidate : null;
}
