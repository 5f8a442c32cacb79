import { nounBeforeSurname } from './collect-names.js';
import { fullPair, halfHolding } from './joint-name.js';
import { LETTER } from './name-sighting.js';
import type { NameSighting, ResolvedArticle } from './name-sighting.js';

/** Capitalized words right after a word: a name going on. */
const CAPITALIZED_RUN = /^(?:[ \u00A0]+\p{Lu}[\p{L}\p{M}'’-]*)+/u;

/** True when `word` is the middle of a name of three words ("Arranz" of "Tomás Arranz Velasco"): the first of two surnames. */
function firstOfTwoSurnames(name: string, word: string): boolean {
  // Read in place, not split: this runs for every name a surname is looked up against.
  const first = name.indexOf(' ');
  const second = first < 0 ? -1 : name.indexOf(' ', first + 1);
  return second >= 0 && name.indexOf(' ', second + 1) < 0 && second - first - 1 === word.length && name.startsWith(word, first + 1);
}

/** True when a padded lowercase surname stands in a padded lowercase name right before its last word ("dos santos" in "xiana dos santos barreiro"). */
function firstOfChained(name: string, surname: string): boolean {
  const at = name.indexOf(surname);
  return at > 0 && !name.slice(at + surname.length, -1).includes(' ');
}

/** The full name a shorter one stands for: a surname, a given name, the first words of a name, a pair's short names. */
export class FullNames {
  constructor(
    private readonly sightings: () => readonly NameSighting[],
    private readonly speakers: readonly NameSighting[],
    private readonly article: ResolvedArticle | null,
  ) {}

  private get names(): readonly NameSighting[] {
    return this.sightings();
  }

  /** The full name a single word stands for at `at`, or the word itself; one half of two people read as one name, the half meant. */
  fullName(name: string, at: number): string {
    const full = this.fullerName(name, at);
    return full !== name && this.article ? (halfHolding(full, name, this.article.lex) ?? full) : full;
  }

  /** The latest run of capitalized words before `at` that opens on `word` and goes on ("Asl Tirrena Sud" for "Asl"), or null. */
  nameOpenedBy(word: string, at: number): string | null {
    const text = this.article?.text.slice(0, at) ?? '';
    let found: string | null = null;
    for (let k = text.indexOf(`${word} `); k >= 0; k = text.indexOf(`${word} `, k + 1)) {
      if (LETTER.test(text[k - 1] ?? ' ')) continue;
      const run = CAPITALIZED_RUN.exec(text.slice(k + word.length))?.[0];
      if (run) found = word + run.replace(/\s+/g, ' ');
    }
    return found;
  }

  private fullerName(name: string, at: number): string {
    const person = this.article?.lex.pack.nounsCapitalized ? nounBeforeSurname(name, at, this.names) : null;
    if (person) return person;
    if (name.includes(' ')) {
      // Two people credited together by shorter names ("Brösel und Adelmann"): the pair's full names.
      const pair = this.article ? fullPair(name, this.article.text, this.article.lex, (part) => this.fullName(part, at)) : null;
      if (pair) return pair;
      // A surname with its particles ("Van der Berg") stands for the full name seen before ("Jan van der Berg").
      const surname = this.article?.lex.nameParticles.has(name.slice(0, name.indexOf(' ')).toLowerCase()) ?? false;
      return (
        this.longerForm(name, this.speakers) ??
        // Or a full name the article gave before ("Sri Mulyani" after "Sri Mulyani Indrawati juga hadir").
        this.longerForm(name, this.names, surname, at) ??
        name
      );
    }
    return (
      this.firstOfShared(name, at) ??
      this.latestEndingIn(name, at, this.speakers) ??
      this.latestEndingIn(name, at, this.names) ??
      this.onlyNameHolding(name) ??
      name
    );
  }

  /**
   * A surname two people named before `at` share ("Dirk Vollmer", then his wife "Karin Vollmer"): the one named first, whom
   * the article goes on calling by it; the other it names in full.
   */
  private firstOfShared(word: string, at: number): string | null {
    const last = ` ${word}`;
    let first: string | null = null;
    for (const s of this.names) {
      if (s.at >= at) break;
      if (s.quoted || !s.name.endsWith(last)) continue;
      if (first === null) first = s.name;
      else if (s.name !== first) return first;
    }
    return null;
  }

  /**
   * The one full name holding `word` inside it, neither first nor last, when no other name holds it ("Soffi berkata"
   * after "Datuk Seri Mohd Soffi Abdul Razak"): where a person is called by a given name after a prefix.
   */
  private onlyNameHolding(word: string): string | null {
    let only: string | null = null;
    for (const s of this.names) {
      if (s.quoted || !` ${s.name} `.includes(` ${word} `)) continue;
      const parts = s.name.split(' ');
      const k = parts.indexOf(word);
      if (k <= 0 || k === parts.length - 1 || (only !== null && only !== s.name)) return null;
      only = s.name;
    }
    return only;
  }

  /**
   * A fuller name already credited that contains this one ("Sri Mulyani" in "Sri Mulyani Indrawati"); with `upTo`, only one seen
   * outside quotes by then. `endingIn`, a surname with its particle: the name's end, or where names chain two surnames the first
   * of them ("Dos Santos" of "Xiana dos Santos Barreiro").
   */
  private longerForm(name: string, names: readonly NameSighting[], endingIn = false, upTo = Infinity): string | null {
    const padded = this.lowerPadded(name);
    const chained = this.article?.lex.pack.chainedSurnames === true;
    for (let i = names.length - 1; i >= 0; i--) {
      const s = names[i]!;
      if (upTo !== Infinity && (s.quoted || s.at > upTo)) continue;
      const known = this.lowerPadded(s.name);
      if (known.length <= padded.length) continue;
      if (!endingIn ? known.includes(padded) : known.endsWith(padded) || (chained && firstOfChained(known, padded))) return s.name;
    }
    return null;
  }

  /** Each name lowercased between spaces, once per article: `longerForm` compares every name seen for each name resolved. */
  private readonly lowerPaddedNames = new Map<string, string>();

  private lowerPadded(name: string): string {
    let padded = this.lowerPaddedNames.get(name);
    if (padded === undefined) this.lowerPaddedNames.set(name, (padded = ` ${name.toLowerCase()} `));
    return padded;
  }

  /** The latest name before `at` ending (or starting) with `word`, else the first after it. */
  private latestEndingIn(word: string, at: number, names: readonly NameSighting[]): string | null {
    let best: string | null = null;
    // Compared in place, not split per name: this runs over every name for each surname resolved (`word` holds no space).
    const last = ` ${word}`;
    const first = `${word} `;
    for (const s of names) {
      // The word alone again ("Mme Dubosc") names no one fuller; a given name and two surnames are called by the first ("Arranz").
      if (s.quoted || s.name === word || (!s.name.endsWith(last) && !s.name.startsWith(first) && !firstOfTwoSurnames(s.name, word))) continue;
      if (s.at <= at || best === null) best = s.name;
      if (s.at > at) break;
    }
    return best;
  }
}
