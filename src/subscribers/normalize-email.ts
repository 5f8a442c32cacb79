import { domainToASCII } from 'node:url';
import { DigestError } from '../domain/errors.js';

/**
 * One canonical form per address: trimmed, domain lower-cased and IDN-encoded,
 * at most 254 characters, no characters that could smuggle a header.
 */
export function normalizeEmail(input: string): string {
  const raw = input.trim();
  if (raw.length === 0 || raw.length > 254) throw new DigestError('INPUT_INVALID', 'an email address has 1 to 254 characters', { field: 'email' });
  if (/[\s<>()[\]\\,;:"\p{Cc}]/u.test(raw))
    throw new DigestError('INPUT_INVALID', 'email address contains characters that are not allowed', { field: 'email' });
  const at = raw.lastIndexOf('@');
  if (at < 1 || at === raw.length - 1) throw new DigestError('INPUT_INVALID', 'email address needs a local part and a domain', { field: 'email' });
  const local = raw.slice(0, at);
  const domain = domainToASCII(raw.slice(at + 1).toLowerCase());
  if (!domain || local.length > 64 || !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain) || /^\.|\.\.|\.$/.test(local)) {
    throw new DigestError('INPUT_INVALID', 'email address is not valid', { field: 'email' });
  }
  const email = `${local.toLowerCase()}@${domain}`;
  if (email.length > 254) throw new DigestError('INPUT_INVALID', 'an email address has 1 to 254 characters', { field: 'email' });
  return email;
}
