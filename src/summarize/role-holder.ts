import type { ArticleGenders } from './article-genders.js';
import type { FullNames } from './full-name.js';
import { otherGender } from './gender-cue.js';
import { LETTER, LETTER_OR_MARK, NAME_SPACE } from './name-sighting.js';
import type { NameSighting, ResolvedArticle } from './name-sighting.js';
import type { RoleUses } from './role-uses.js';
import { ROLE_CONTEXT_CHARS } from './sighting-reader.js';
import { runBeforeSpaces } from './text-end.js';
import { isTitle } from './title-word.js';
import { isCapitalized, tokenize } from './tokenize.js';
import { bodyNoun, isBodyCompound } from './unnamed-speaker.js';

/** Where a clause ends: the role of a name is inside its own. */
const CLAUSE_STOP = /[.!?;:»”"“«]/;

/** A word and its stop: an abbreviation's ("Dr.") ends no clause. */
const ABBREVIATION_STOP = /(\p{L}+)\./gu;

/** Between a name and its role in apposition: a comma, maybe an age, and a few lowercase words ("Ahmad, the", "Lacombe, 58 ans, ancien"). */
const APPOSED_ROLE = /^\s*,\s*(?:\d{1,3}(?:\s+\p{Ll}+)?\s*,\s*)?(?:\p{Ll}+\s+){0,3}$/u;

/** Between a spokesperson's word and their name, either way: one comma and no clause's end ("…, Giulia Marchetti", "Benetti, studentessa e …"). */
const APPOSED_SPOKESPERSON = /^[^,.;:!?«»“”"]{0,60},[^,.;:!?«»“”"]{0,60}$/;

/** The lowercase word a name sighting opens on, if any. */
const LOWER_WORD_OPENING = /^\p{Ll}+/u;
/** Characters read for that word: the longest particle and more. */
const PARTICLE_CHARS = 12;

/** A comma right before a name: it is in apposition to what comes before. */
const APPOSED_NAME = /,\s*$/;

/** Whom the article gave a role: named with it, given it in the headline, or the court story's defendant. */
export class RoleHolders {
  constructor(
    private readonly sightings: () => readonly NameSighting[],
    private readonly roleUses: RoleUses,
    private readonly genders: ArticleGenders,
    private readonly fullNames: FullNames,
    private readonly article: ResolvedArticle | null,
  ) {}

  private get names(): readonly NameSighting[] {
    return this.sightings();
  }

  /**
   * The latest named person before `at` given this role around their name ("o ministro das Finanças, João Duarte");
   * `ahead`: the first one after it, whom a teaser's epithet means before the article names anyone ("Il presidente: «…»").
   */
  personWithRole(title: string, at: number, ahead = false): NameSighting | null {
    if (!this.article) return null;
    const { text } = this.article;
    // Read back from the end, as the latest use comes first: the uses after `at` reversed, the earliest last.
    const uses = ahead
      ? this.roleUses
          .roleUsesBefore(title, text.length)
          .filter((u) => u >= at)
          .reverse()
      : this.roleUses.roleUsesBefore(title, at);
    const limit = ahead ? text.length : at;
    const names = this.names;
    const deputies = this.article.lex.pack.deputyWords ?? [];
    for (let u = uses.length - 1; u >= 0; u--) {
      const pos = uses[u]!;
      // "Deputy Mayor Sam Whelan" holds another role than the one "the mayor" means.
      if (deputies.includes(runBeforeSpaces(text.slice(Math.max(0, pos - 20), pos), LETTER, NAME_SPACE)?.toLowerCase() ?? '')) continue;
      // The nearest name after the role, in its clause ("le ministre des Transports, Clément Vauquelin").
      // Past the role's own body, the name in apposition after a comma ("la consejera de Transportes de la Comunidad de Madrid, Elena Sáez del Río").
      const near: NameSighting[] = [];
      // A sighting may start at the role itself, its run of capitals taking the title in ("Geschäftsführerin Dr. Annette Brühl"),
      // or at the compound the role ends ("Verdi-Verhandlungsführerin Doris Kammeyer").
      let head = pos;
      while (head > 0 && LETTER_OR_MARK.test(text[head - 1]!)) head--;
      for (let k = names.findIndex((s) => s.at >= head); k >= 0 && k < names.length; k++) {
        const s = names[k]!;
        if (s.at >= limit || s.at - pos > ROLE_CONTEXT_CHARS || this.clauseStops(text.slice(pos, s.at))) break;
        near.push(s);
      }
      // Else the first name there, unless a preposition places it ("manager after the loss to Castle Town"): whom or where, no holder.
      const next = near.find((s) => APPOSED_NAME.test(text.slice(Math.max(pos, s.at - 3), s.at))) ?? near.find((s, k) => k === 0 && !this.placed(s, pos));
      if (next && !next.quoted) return next;
      // Or the name right before it, the role in apposition ("Ahmad Zahid Hamidi, the party leader,").
      const prev = names.findLast((s) => s.at + s.name.length <= pos);
      // Not a body's ("Segundo o Ministério Público, o então ministro …").
      const body = prev?.name.split(' ').some((w) => this.article!.lex.bodyWords.has(w.toLowerCase()));
      if (prev && !prev.quoted && !body && APPOSED_ROLE.test(text.slice(prev.at + prev.name.length, pos))) return prev;
    }
    return null;
  }

  /**
   * The person the article named as its spokesperson by `word` before `at`, in apposition either way ("la portavoce del
   * collettivo Aula Aperta, Giulia Marchetti", "Chiara Benetti, studentessa e portavoce del collettivo"); not after an
   * indefinite article ("Un portavoce della Procura ha spiegato che il pm Chiara …"), which names no one.
   */
  spokespersonNamed(word: string, at: number): NameSighting | null {
    const { text, lex } = this.article!;
    const uses = this.roleUses.roleUsesBefore(word, at);
    for (let u = uses.length - 1; u >= 0; u--) {
      const pos = uses[u]!;
      const article = runBeforeSpaces(text.slice(Math.max(0, pos - 8), pos), LETTER, NAME_SPACE)?.toLowerCase() ?? '';
      if (lex.indefiniteArticles.has(article)) continue;
      const after = this.names.find((s) => s.at > pos && s.at < at);
      if (after && !after.quoted && after.at - pos <= ROLE_CONTEXT_CHARS && APPOSED_SPOKESPERSON.test(text.slice(pos, after.at))) return after;
      const before = this.names.findLast((s) => s.at + s.name.length <= pos);
      if (before && !before.quoted && APPOSED_SPOKESPERSON.test(text.slice(before.at + before.name.length, pos))) return before;
    }
    return null;
  }

  /** True when a preposition comes between the role at `pos` and the sighting, right before it ("manager … to Castle Town"; not "par Me Anne Roux"). */
  private placed(s: NameSighting, pos: number): boolean {
    const { text, lex } = this.article!;
    if (s.at <= pos) return false;
    // A name read from a particle no surname holds in lowercase is what the role is of ("il tecnico della Pedemontana").
    const opening = LOWER_WORD_OPENING.exec(text.slice(s.at, s.at + PARTICLE_CHARS))?.[0];
    if (opening !== undefined && lex.pack.affiliationParticles?.includes(opening)) return true;
    return lex.prepositions.has(runBeforeSpaces(text.slice(pos, s.at), LETTER, NAME_SPACE)?.toLowerCase() ?? '');
  }

  /** True when a clause ends in `between`; an abbreviation's stop ("Geschäftsführerin Dr. Annette Brühl") ends none. */
  private clauseStops(between: string): boolean {
    if (!CLAUSE_STOP.test(between)) return false;
    const abbreviations = this.article!.lex.abbreviations;
    return CLAUSE_STOP.test(between.replace(ABBREVIATION_STOP, (m, word: string) => (abbreviations.has(word.toLowerCase()) ? word : m)));
  }

  /** Whom the article gave this role, or else a title the pack tells is its holder's by name ("l'avvocato Paolo Conti" for "il legale"). */
  personWithRoleOrAlias(title: string, at: number): NameSighting | null {
    const found = this.personWithRole(title, at);
    if (found) return found;
    const aliases = this.article?.lex.pack.roleAliases?.[title];
    if (!aliases) return null;
    for (const alias of aliases.split('|')) {
      const held = this.personWithRole(alias, at);
      if (held) return held;
    }
    return null;
  }

  /** The full name right after this role in the headline ("Geschäftsführerin Brigitte Hallmann: …"), the role's end where titles compound. */
  headlineRole(title: string): string | null {
    if (!this.article?.title) return null;
    const { lex } = this.article;
    const words = tokenize(this.article.title);
    for (let k = 0; k < words.length; k++) {
      const role = words[k]!.text.toLowerCase();
      if (role !== title && !(lex.pack.nounsCapitalized && role.endsWith(title))) continue;
      const name: string[] = [];
      for (let j = k + 1; j < words.length && words[j]!.isWord && isCapitalized(words[j]!.text) && !isTitle(words[j]!.text, lex); j++)
        name.push(words[j]!.text);
      if (name.length >= 2) return name.join(' ');
    }
    return null;
  }

  /** A court story is about its defendant, the first person it names: whom "the defendant" means when no name goes with the word. */
  defendant(title: string, at: number, gender: 'f' | 'm' | null = null): string | null {
    if (!this.article?.lex.defendantRe.test(title)) return null;
    // The first one the role's gendered form fits ("die Angeklagte" is no man the article marks as one).
    const fits = (name: string): boolean => !gender || this.genders.genderOf(name) !== otherGender(gender);
    const lex = this.article.lex;
    // No body, by its noun in any case or a compound of it ("die Große Strafkammer des Landgerichts").
    const s = this.names.find(
      (n) => n.at < at && !n.quoted && !n.name.split(' ').some((w) => bodyNoun(w, lex) !== null || isBodyCompound(w, lex)) && fits(n.name),
    );
    return s ? this.fullNames.fullName(s.name, s.at) : null;
  }
}
