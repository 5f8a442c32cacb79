/** The URL as it may be shown: without its password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '';
    return u.toString().replace(/^(\w+:\/\/[^:@/]*):?@/, '$1@');
  } catch {
    return url.replace(/:[^:@/]*@/, '@');
  }
}
