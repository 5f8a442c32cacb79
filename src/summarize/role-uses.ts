import { matchesOf } from './lexicon.js';
import type { ResolvedArticle } from './name-sighting.js';
import { escapePattern } from './escape-pattern.js';

/** A capitalized title's possessive before another capitalized word: a place's or a body's name ("Coroner's Court", "Mayor's Office"). */
const POSSESSIVE_NAME = /^['’]s\s+\p{Lu}/u;

const CAPITAL = /^\p{Lu}/u;

/** True when the title used at `at` is part of the name of a place or body, not someone holding it ("Chesterfield Coroner's Court"). */
function namesPlace(text: string, at: number, use: string): boolean {
  return CAPITAL.test(use) && POSSESSIVE_NAME.test(text.slice(at + use.length, at + use.length + 4));
}

/** Where the article uses each role word, not as part of a place's or body's name. */
export class RoleUses {
  constructor(private readonly article: ResolvedArticle | null) {}

  /** Each role's uses in the whole article, found once: an article names few roles but credits them many times. */
  private readonly roleUses = new Map<string, { re: RegExp; found: { start: number; end: number }[] }>();

  /** Where `title` is used in `text.slice(0, at)`, as a scan of just that part finds it. */
  roleUsesBefore(title: string, at: number): number[] {
    const { text, lex } = this.article!;
    let uses = this.roleUses.get(title);
    if (!uses) {
      // Where titles are compounded ("Bundesverkehrsminister"), "der Minister" is the end of one.
      const edge = lex.pack.nounsCapitalized ? '' : '(?<![\\p{L}])';
      const re = new RegExp(`${edge}${escapePattern(title)}(?![\\p{L}])`, 'giu');
      // Pushed into a literal, not mapped: an empty mapped array is of another kind, and V8 drops the optimised code that meets it.
      const found: { start: number; end: number }[] = [];
      for (const m of matchesOf(re, text)) if (!namesPlace(text, m.index, m[0])) found.push({ start: m.index, end: m.index + m[0].length });
      uses = { re, found };
      this.roleUses.set(title, uses);
    }
    // A use ending before `at` is found alike in the part; one ending right at
    // `at` may be found only there, with no letter after it: scan the rest of the part.
    const out: number[] = [];
    let from = 0;
    for (const u of uses.found) {
      if (u.end >= at) break;
      out.push(u.start);
      from = u.end;
    }
    const part = text.slice(0, at);
    uses.re.lastIndex = from;
    for (let m = uses.re.exec(part); m; m = uses.re.exec(part)) if (!namesPlace(text, m.index, m[0])) out.push(m.index);
    return out;
  }
}
