import { AGE_AFTER, AGE_CHARS } from './collect-names.js';
import { endsWithApostrophe, withoutApostrophe, withoutElidedOpening } from './elision.js';
import { firstMatch, lastMatch, matchesOf } from './lexicon.js';
import type { Lexicon } from './lexicon.js';
import { LETTER, NAME_SPACE, SPACE, writtenPart } from './name-sighting.js';
import type { NameSighting, ResolvedArticle } from './name-sighting.js';
import { governedRole, LEAD_CHARS, WORD_OR_MARK } from './opens-clause.js';
import { runBeforeSpaces } from './text-end.js';
import { isTitle } from './title-word.js';
import { isCapitalized, tokenize } from './tokenize.js';
import { isBodyCompound } from './unnamed-speaker.js';

/** Text read before a name for a title that makes it a person. */
export const TITLE_BEFORE_CHARS = 40;

/** Text read around a name for the role the article gives the person ("Il sindaco Luca Bianchi", "Ahmad, the party leader,"). */
export const ROLE_CONTEXT_CHARS = 60;

/** A word before a name, with the apostrophe of an elided article or preposition ("all'", "l'", "d'"). */
/** A comma and spaces ending the text before a name: the name is set off after what comes before. */
const COMMA_END = /,\s*$/;

/** The last mark before which a clause starts, read back from a comma ("[…], la visite du ministre de l'Intérieur,"). */
const CLAUSE_MARK_BEFORE = /[,;:.!?«»()“”"](?=[^,;:.!?«»()“”"]*$)/;

const PLACING_WORD = /\p{L}[\p{L}-]*['’]?/gu;

/** Words read back from a name: its preposition, the article after it, and the role or spokesperson before it. */
const PLACING_WORDS = 4;
/** Characters before a name read for the participle and preposition of who issued a statement ("diffuso in serata da "). */
const ISSUER_CHARS = 50;

/** Text read back from a name for the preposition placing it. */
export const PLACING_CHARS = 48;

/** The end of a word the start of that text cut into. */
const CUT_WORD = /^[\p{L}\p{M}'’-]+/u;

/** An article elided before a vowel, its apostrophe dropped ("l"). */
const ELIDED_ARTICLE_WORD = /^\p{Ll}$/u;

/** Nothing, or one article, between a source's preposition and a name. */
const ARTICLE_ONLY = /^\s*(?:(\p{L}+)['’]?\s*)?$/u;

/** After a name, past an apposition set off by commas, the lowercase word that is its verb. */
const NAME_THEN_VERB = /^(?:[ \u00A0]*,[^,.;:!?«»“”"]{1,60},)?[ \u00A0]*,?[ \u00A0]+(\p{Ll}+)(?:[ \u00A0]+(\p{Ll}+))?/du;

/** A lowercase word opening a sighting: a particle read as the surname's. */
const PARTICLE_AT = /^(\p{Ll}+)[ \u00A0]/u;

/** Text read back from a name for the word before it. */
const WORD_BEFORE_CHARS = 16;

/** The word right before a name, with its space or the apostrophe eliding it onto the name ("l'Osteria", "dell'Osteria"). */
const WORD_RIGHT_BEFORE = /(\p{L}+)(\s+|['’])$/u;

/** An elided article, alone or in a preposition ("l'", "dell'"). */
const ELIDED_WORD = /^\p{Ll}{1,4}$/u;

/** True when an article comes right before `at` ("the Hartley family", "l'Osteria del Ponte"). */
export function articleBefore(text: string, at: number, lex: Lexicon): boolean {
  const before = WORD_RIGHT_BEFORE.exec(text.slice(Math.max(0, at - WORD_BEFORE_CHARS), at));
  if (!before) return false;
  return lex.articles.has(before[1]!.toLowerCase()) || (!SPACE.test(before[2]!) && ELIDED_WORD.test(before[1]!));
}

/** Words a copula may stand from the person it brings in, all lowercase and none a preposition ("is akkerbouwer Geert Mulder"). */
const COPULA_REACH_WORDS = 3;

/** Text read back from a name for the copula before it. */
const COPULA_CHARS = 60;

/** Words and marks, read back from a name for its copula. */
const WORD_OR_MARK_BACK = /[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]/gu;

/** What is read around a sighting of a name: a preposition or title before it, an age or verb after it, a report it sits in. */
export class SightingReader {
  /** What `placedAt`, `titledAt` and `agedAt` read at a sighting, once per article: the likely speaker and pronouns ask again for every quote. */
  private readonly placedAtMemo = new Map<number, boolean>();
  private readonly titledAtMemo = new Map<number, boolean>();
  private readonly agedAtMemo = new Map<number, boolean>();
  private readonly introducedAtMemo = new Map<number, boolean>();

  /** Whether a verb follows a sighting, and whether a speech verb or a complementizer reports it, read once per article: asked for every pronoun and quote. */
  private readonly verbFollowsMemo = new Map<number, boolean>();
  private readonly reportedMemo = new Map<number, boolean>();

  constructor(private readonly article: ResolvedArticle | null) {}

  /** True when an age follows the name ("Guy Lemaire, 74 ans,"): a person brought in, whom an epithet ("le retraité") can mean. */
  agedAt(s: NameSighting): boolean {
    let known = this.agedAtMemo.get(s.at);
    if (known === undefined) this.agedAtMemo.set(s.at, (known = this.readAgedAt(s)));
    return known;
  }

  private readAgedAt(s: NameSighting): boolean {
    if (!this.article) return false;
    const { text, lex } = this.article;
    const end = text.indexOf(s.name, s.at);
    if (end < 0) return false;
    const after = text.slice(end + s.name.length, end + s.name.length + AGE_CHARS);
    return AGE_AFTER.test(after) || lex.ageRe.exec(after)?.index === 0;
  }

  /**
   * True when a copula comes before the name in its clause, with at most a few lowercase words between that are no
   * preposition ("Among the first passengers was Tom Kettlewell", "Een van hen is akkerbouwer Geert Mulder"): a person
   * the sentence brings into the story.
   */
  introducedAt(at: number): boolean {
    let known = this.introducedAtMemo.get(at);
    if (known === undefined) this.introducedAtMemo.set(at, (known = this.readIntroducedAt(at)));
    return known;
  }

  private readIntroducedAt(at: number): boolean {
    if (!this.article || !this.article.lex.copulas.size) return false;
    const { text, lex } = this.article;
    const before = (text.slice(Math.max(0, at - COPULA_CHARS), at).match(WORD_OR_MARK_BACK) ?? []).slice(-COPULA_REACH_WORDS - 1).reverse();
    for (const w of before) {
      const lower = w.toLowerCase();
      if (lex.copulas.has(lower)) return true;
      if (!LETTER.test(w) || isCapitalized(w) || lex.prepositions.has(lower) || lex.complementizers.has(lower)) return false;
    }
    return false;
  }

  /**
   * True when the name's sentence opens on a personal pronoun ("Sie hatte Pfeiffer 85.000 Euro überlassen"): the pronoun
   * is the subject, someone named before, and the name a person that sentence speaks of.
   */
  pronounOpensAt(at: number): boolean {
    if (!this.article) return false;
    const { text, lex } = this.article;
    const lead = text.slice(Math.max(0, at - LEAD_CHARS), at);
    const opening = Math.max(lead.lastIndexOf('\n'), ...['. ', '! ', '? ', '“ ', '” ', '» ', '« '].map((stop) => lead.lastIndexOf(stop)));
    if (opening < 0 && at > LEAD_CHARS) return false;
    const first = tokenize(lead.slice(opening + 1)).find((t) => t.isWord);
    return first !== undefined && lex.pronouns.has(first.text.toLowerCase());
  }

  /** True when the word right before `at` is a body's noun: a name there ends the body's name ("Majlis Pengguna Nasional"). */
  afterBodyNoun(at: number): boolean {
    if (!this.article) return false;
    const { text, lex } = this.article;
    const before = runBeforeSpaces(text.slice(Math.max(0, at - 40), at), LETTER, NAME_SPACE)?.toLowerCase() ?? '';
    return lex.bodyWords.has(before) || isBodyCompound(before, lex);
  }

  afterPreposition(at: number): boolean {
    if (!this.article) return false;
    const { text, lex } = this.article;
    return lex.prepositions.has(runBeforeSpaces(text.slice(Math.max(0, at - 20), at), LETTER, NAME_SPACE)?.toLowerCase() ?? '');
  }

  /**
   * True when the words right before `at` are a preposition, alone or with its article, elided too ("a Canal Sur",
   * "ai microfoni di Telearena", "en el Parlamento", "all'Ansa", "à l'AFP"): the name there is to whom or where something
   * was said, or whose member the speaker is ("del PP"), not who said it.
   */
  placedAt(at: number): boolean {
    let known = this.placedAtMemo.get(at);
    if (known === undefined) this.placedAtMemo.set(at, (known = this.readPlacedAt(at)));
    return known;
  }

  private readPlacedAt(at: number): boolean {
    if (!this.article) return false;
    const { text, lex } = this.article;
    // A surname's sighting may start at its particle, which is the preposition ("comparecencia de Mosquera").
    const particle = PARTICLE_AT.exec(text.slice(at, at + PLACING_CHARS))?.[1];
    if (particle !== undefined && lex.prepositions.has(particle)) return true;
    const from = Math.max(0, at - PLACING_CHARS);
    // Whole words only: the tail of one the window cut into ("a" of "ieri sera") is no preposition.
    const before = from > 0 && LETTER.test(text[from - 1]!) ? text.slice(from, at).replace(CUT_WORD, '') : text.slice(from, at);
    // Set off after a role a preposition governs ("la visite du ministre de l'Intérieur, Bruno Ferrault"): whom or whose.
    if (COMMA_END.test(before)) {
      const head = before.replace(COMMA_END, '');
      const words: string[] = [];
      for (const w of head.slice(head.search(CLAUSE_MARK_BEFORE) + 1).match(WORD_OR_MARK) ?? []) words.push(withoutElidedOpening(w));
      words.push(',');
      return governedRole(words, lex);
    }
    // "According to Nadia Kerr", "según la Policía": a source, who says what the sentence tells.
    const source = lex.accordingToRe ? lastMatch(lex.accordingToRe, before) : null;
    const rest = source ? ARTICLE_ONLY.exec(before.slice(source.index + source[0].length)) : null;
    if (rest && (rest[1] === undefined || lex.articles.has(rest[1].toLowerCase()))) return false;
    // "in una nota diffusa dalla Banca X", "firmata dal rettore X": who issued the statement, whose words it holds.
    const tail = before.slice(-ISSUER_CHARS);
    const issued = lex.pack.signedBy?.exec(tail);
    if (issued && issued.index + issued[0].length === tail.length) return false;
    // The words right before the name, back to the first mark that is no space ("… a", "microfoni di", "porte-parole de la").
    const words: string[] = [];
    const shown: string[] = [];
    let edge = before.length;
    for (const m of matchesOf(PLACING_WORD, before).reverse()) {
      if (words.length === PLACING_WORDS || !/^\s*$/.test(before.slice(m.index + m[0].length, edge))) break;
      words.unshift(m[0].toLowerCase());
      shown.unshift(m[0]);
      edge = m.index;
    }
    let last = words.pop() ?? '';
    // A body's noun between them names whose the name is ("Gedeputeerde X van de provincie Limburg"): read past it.
    if (lex.bodyWords.has(last) && words.length) last = words.pop()!;
    const elided = endsWithApostrophe(last);
    const bare = withoutApostrophe(last);
    // "d'" is a preposition elided, "l'" an article.
    const article = lex.articles.has(bare) || (elided && !lex.prepositions.has(last) && ELIDED_ARTICLE_WORD.test(bare));
    const preposition = article ? withoutApostrophe(words.pop() ?? '') : lex.prepositions.has(last) ? last : bare;
    if (!lex.prepositions.has(preposition)) return false;
    // "señalaron desde el organismo", "hieß es beim Verband": where the words came from, who said them.
    // "Pour Hélène Roux, …": whose view the sentence tells.
    if (lex.pack.sourcePrepositions?.includes(preposition) || lex.pack.openingAccordingTo?.includes(preposition)) return false;
    // "un porte-parole de la préfecture", "il consigliere regionale del Pd Emilio Bonetti", "le parquet de Draguignan":
    // the body a role, a spokesperson or a body's noun is of.
    // Not past another preposition and a common noun after the role: "der Kapitän am Mikrofon von Dyn" is where he spoke
    // ("a deputada do Bloco de Esquerda" names the body in the role's remit).
    const role = words.findLastIndex((w) => isTitle(w, lex) || lex.spokespersonWords.has(w) || lex.bodyWords.has(w));
    const noun = (k: number): boolean => shown[k] !== undefined && (lex.pack.nounsCapitalized || !isCapitalized(shown[k]));
    return role < 0 || words.some((w, k) => k > role && lex.prepositions.has(withoutApostrophe(w)) && noun(k + 1));
  }

  /** True when a speech verb, "according to" or a complementizer comes before `at` in its sentence: a name there is in what it reports, or in a subordinate clause. */
  reportedAt(s: NameSighting): boolean {
    let known = this.reportedMemo.get(s.at);
    if (known === undefined) this.reportedMemo.set(s.at, (known = this.readReportedAt(s.at)));
    return known;
  }

  private readReportedAt(at: number): boolean {
    if (!this.article) return false;
    const { text, lex } = this.article;
    const lead = text.slice(Math.max(0, at - LEAD_CHARS), at);
    const opening = Math.max(lead.lastIndexOf('\n'), ...['. ', '! ', '? '].map((stop) => lead.lastIndexOf(stop)));
    const clause = lead.slice(opening + 1);
    // A complementizer before it makes its clause a subordinate one ("dat vroeger nog Kartonfabriek X heette").
    if (tokenize(clause).some((t) => t.isWord && lex.complementizers.has(t.text.toLowerCase()))) return true;
    return firstMatch(lex.verbRe, clause) !== null || (lex.accordingToRe !== null && firstMatch(lex.accordingToRe, clause) !== null);
  }

  /** True when a verb follows the name, past its apposition ("Maribel Lozano Moral, pidió …", "Ana Ruiz, de 34 años, dijo"): the clause's subject. */
  verbFollows(s: NameSighting): boolean {
    let known = this.verbFollowsMemo.get(s.at);
    if (known === undefined) this.verbFollowsMemo.set(s.at, (known = this.readVerbFollows(s)));
    return known;
  }

  private readVerbFollows(s: NameSighting): boolean {
    if (!this.article) return false;
    const { text, lex } = this.article;
    // A surname or a given name alone stands for the full name there ("Quanto al futuro, Zanetti non esclude …"): read past the words written.
    const written = s.alone ? (writtenPart(s.name, text, s.at) ?? s.name) : s.name;
    // After an article it qualifies a noun ("the Hartley family"), no subject of a verb.
    if (s.alone && articleBefore(text, s.at, lex)) return false;
    const end = text.indexOf(written, s.at);
    if (end < 0) return false;
    const after = NAME_THEN_VERB.exec(text.slice(end + written.length, end + written.length + ROLE_CONTEXT_CHARS + 10));
    const word = after?.[1]?.toLowerCase();
    if (word === undefined || lex.prepositions.has(word) || lex.conjunctions.has(word)) return false;
    if (!lex.stopwords.has(word)) return true;
    // A function word that is an auxiliary, a negation or a speech verb ("Ferrand a décrit", "Bertolini non cerca", "Ruiz dijo"):
    // a verb all the same; an article, a pronoun or a complementizer is not.
    if (lex.articles.has(word) || lex.pronouns.has(word) || lex.complementizers.has(word)) return false;
    const from = end + written.length;
    if (lex.verbAtStartRe.test(text.slice(from + after!.indices![1]![0], from + ROLE_CONTEXT_CHARS + 10))) return true;
    const next = after!.indices![2] ? after![2]!.toLowerCase() : undefined;
    return next !== undefined && !lex.stopwords.has(next) && !lex.prepositions.has(next);
  }

  /** True when a title comes right before a name at `at` ("el técnico zaragocista, Íñigo Larrañaga"): a person, whom an epithet can mean. */
  titledAt(at: number): boolean {
    let known = this.titledAtMemo.get(at);
    if (known === undefined) this.titledAtMemo.set(at, (known = this.readTitledAt(at)));
    return known;
  }

  private readTitledAt(at: number): boolean {
    if (!this.article) return false;
    const { text, lex } = this.article;
    return tokenize(text.slice(Math.max(0, at - TITLE_BEFORE_CHARS), at)).some((t) => t.isWord && isTitle(t.text, lex));
  }
}
