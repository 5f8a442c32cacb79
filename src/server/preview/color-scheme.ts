export type ColorScheme = 'light' | 'dark';

// Always and never true, in any media query list they are part of.
const ALWAYS = '(min-width: 0px)';
const NEVER = '(max-width: 0px) and (min-width: 1px)';

/**
 * The mail as a client in light or dark mode shows it. A browser cannot
 * switch prefers-color-scheme inside one iframe, so the media feature is
 * settled in the CSS itself: the preview is the same whatever the editor's
 * own system setting.
 */
export function forceColorScheme(html: string, scheme: ColorScheme): string {
  const settled = html.replace(/\(\s*prefers-color-scheme\s*:\s*(dark|light)\s*\)/gi, (_m, which: string) => (which.toLowerCase() === scheme ? ALWAYS : NEVER));
  // The canvas and form controls follow the scheme too, as in a client that honours it.
  const root = `<style>:root{color-scheme:${scheme} !important}</style>`;
  return /<head[^>]*>/i.test(settled) ? settled.replace(/<head[^>]*>/i, (h) => h + root) : root + settled;
}
