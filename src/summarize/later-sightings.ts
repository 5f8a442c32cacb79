import type { Lexicon } from './lexicon.js';
import { LETTER_OR_MARK } from './name-sighting.js';
import type { NameSighting, Span } from './name-sighting.js';
import { isTitle } from './title-word.js';

/** The rest of a sentence after a name, no quote in it, its stop, and the next sentence's first word. */
const NEXT_SENTENCE_WORD = /^[^.!?\n"“”„«»]*[.!?]\s+(\p{Lu}\p{Ll}*)(?![\p{L}])/u;

const NEXT_SENTENCE_CHARS = 300;

/**
 * A full name the next sentence takes up with a subject pronoun, the only
 * name in its sentence ("Op het terrein staat chauffeur Bert Mulder. Hij
 * werkt hier al jaren."): the person the sentences are about, though not
 * named as the subject.
 */
export function pronounTaken(text: string, s: NameSighting, earlier: NameSighting | undefined, later: NameSighting | undefined, lex: Lexicon): NameSighting {
  if (s.subject || s.quoted || !s.name.includes(' ')) return s;
  if (earlier && !/[.!?\n]/.test(text.slice(earlier.at + earlier.name.length, s.at))) return s;
  const from = s.at + s.name.length;
  const next = NEXT_SENTENCE_WORD.exec(text.slice(from, from + NEXT_SENTENCE_CHARS));
  if (!next || !lex.pronouns.has(next[1]!.toLowerCase()) || (later && later.at < from + next.index + next[0].length)) return s;
  return { ...s, subject: true };
}

/** A given name opening a sentence before its verb or clause ("Hartono yang hadir …", "Zulkifli berkata"). */
const GIVEN_NAME_THEN_CLAUSE = /^[ \u00A0]+\p{Ll}/u;

/**
 * Adds the sentences opened by a full name's first word alone ("Hartono
 * Susilo … Hartono yang hadir … mengucapkan"): where people are called by
 * their given name, the person is what the sentence is about. Only a given
 * name that heads one full name, is no title, body or place, and is followed
 * by a lowercase word.
 */
export function withGivenNameOpeners(text: string, names: NameSighting[], lex: Lexicon): NameSighting[] {
  const heads = new Map<string, NameSighting | null>();
  for (const s of names) {
    const space = s.name.indexOf(' ');
    if (s.quoted || s.alone || space < 0) continue;
    const given = s.name.slice(0, space);
    const lower = given.toLowerCase();
    if (isTitle(given, lex) || lex.bodyWords.has(lower) || lex.stopwords.has(lower) || lex.places.has(lower) || lex.nameParticles.has(lower)) continue;
    const seen = heads.get(given);
    // Two people sharing a given name: it stands for neither.
    heads.set(given, seen === undefined || seen?.name === s.name ? (seen ?? s) : null);
  }
  const extra: NameSighting[] = [];
  for (const [given, seen] of heads) {
    if (!seen) continue;
    for (let at = text.indexOf(given, seen.at + seen.name.length); at >= 0; at = text.indexOf(given, at + given.length)) {
      if (!SENTENCE_BEFORE.test(text.slice(Math.max(0, at - 4), at)) || !GIVEN_NAME_THEN_CLAUSE.test(text.slice(at + given.length, at + given.length + 3)))
        continue;
      extra.push({ name: seen.name, at, subject: true, quoted: false, alone: true });
    }
  }
  return extra.length ? [...names, ...extra].sort((x, y) => x.at - y.at) : names;
}

const SENTENCE_BEFORE = /(?:^|[.!?…]["”’»]?\s+|\n\s*)$/;

const PARTICLE_BEFORE = /(\p{L}+)\s+$/u;

/**
 * Adds every later use of a surname already seen in a full name ("Torsten
 * Wendelin … Wendelin schloss … nicht aus", "una jugada personal de
 * Morcillo"): the person is mentioned there, and what a sentence opening
 * with the surname is about, so a pronoun after it means them. One native
 * search per surname, not a scan of every word.
 */
export function withSurnameSubjects(text: string, names: NameSighting[], quotes: readonly Span[], particles: ReadonlySet<string>): NameSighting[] {
  const first = new Map<string, NameSighting>();
  for (const s of names) {
    const space = s.name.lastIndexOf(' ');
    if (!s.quoted && space > 0 && !first.has(s.name.slice(space + 1))) first.set(s.name.slice(space + 1), s);
  }
  // A name of a given name and two surnames is also called by the first surname ("Tomás Arranz Velasco … Arranz negó").
  for (const s of names) {
    const parts = s.name.split(' ');
    const middle = parts[1];
    if (!s.quoted && parts.length === 3 && middle && !particles.has(middle.toLowerCase()) && !first.has(middle)) first.set(middle, s);
  }
  if (!first.size) return names;
  const within = (spans: readonly { at: number; end: number }[], at: number): boolean => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.at > at) hi = mid - 1;
      else if (spans[mid]!.end <= at) lo = mid + 1;
      else return true;
    }
    return false;
  };
  const covered = names.map((s) => ({ at: s.at, end: s.at + s.name.length }));
  const inQuotes = quotes.map((q) => ({ at: q.start, end: q.end }));
  const extra: NameSighting[] = [];
  for (const [surname, seen] of first) {
    for (let at = text.indexOf(surname, seen.at + seen.name.length); at >= 0; at = text.indexOf(surname, at + surname.length)) {
      if (LETTER_OR_MARK.test(text[at - 1] ?? ' ') || LETTER_OR_MARK.test(text[at + surname.length] ?? ' ')) continue;
      if (within(covered, at) || within(inQuotes, at)) continue;
      // "Van der Meulen wies die Kritik zurück": the surname's particles open the sentence.
      let from = at;
      for (
        let w = PARTICLE_BEFORE.exec(text.slice(Math.max(0, from - 12), from));
        w && particles.has(w[1]!.toLowerCase());
        w = PARTICLE_BEFORE.exec(text.slice(Math.max(0, from - 12), from))
      )
        from -= w[0].length;
      extra.push({ name: seen.name, at: from, subject: SENTENCE_BEFORE.test(text.slice(Math.max(0, from - 4), from)), quoted: false, alone: true });
    }
  }
  return extra.length ? [...names, ...extra].sort((x, y) => x.at - y.at) : names;
}
