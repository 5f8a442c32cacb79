import { cueOf, GENDER_CUE_CHARS, GENDER_CUE_WORDS, genderCue, genderedRoleSubject, givenNameGender, otherGender, REMIT_CUE_WORDS } from './gender-cue.js';
import type { NameSighting, ResolvedArticle } from './name-sighting.js';
import type { RoleUses } from './role-uses.js';
import { articleBefore, TITLE_BEFORE_CHARS } from './sighting-reader.js';
import { isTitle } from './title-word.js';
import { tokenize } from './tokenize.js';
import type { Token } from './tokenize.js';
import type { Lexicon } from './lexicon.js';

/** A comma and the word after a name: the head of a role in apposition ("Paul Roux, président du syndicat"). */
const APPOSED_AFTER = /^\s*,\s*(\p{L}+)/u;

/** How far back a body a gendered pronoun means is read for. */
export const GENDERED_BODY_CHARS = 400;

/*
 * The two readers of the words before a sighting below are functions of the module, not closures made per sighting:
 * tsx (with esbuild's keepNames) names every closure bound to a const as it is made, which cost more than their reading.
 */

/** The last article before word `j`: an article tells only the gender of the role it opens ("le ministre de la Santé, Frédéric …" is "le"). */
function lastArticleIn(words: readonly Token[], j: number, lex: Lexicon): string {
  return words.slice(0, j).findLast((w) => lex.articles.has(w.text.toLowerCase()))?.text ?? '';
}

/** True when the article at `j` opens a role, not one after a preposition, which opens the role's remit ("l'avocat de la défense, Me Paul Roux" is "l'avocat"). */
function opensRole(words: readonly Token[], j: number, lex: Lexicon): boolean {
  return isTitle(words[j + 1]?.text ?? '', lex) && !lex.prepositions.has(words[j - 1]?.text.toLowerCase() ?? '');
}

/** The gender the article marks each person and role with. */
export class ArticleGenders {
  private readonly genders = new Map<string, 'f' | 'm' | null>();
  /** People whose gender only their given name tells: a masculine role, the unmarked form, may still be theirs ("il sindaco, Paola Dell'Oca"). */
  private readonly givenNameOnly = new Set<string>();
  /** People named after a masculine role in apposition only: likely men, though women hold such roles too. */
  private readonly unmarked = new Set<string>();

  constructor(
    private readonly sightings: () => readonly NameSighting[],
    private readonly roleUses: RoleUses,
    private readonly article: ResolvedArticle | null,
  ) {}

  private get names(): readonly NameSighting[] {
    return this.sightings();
  }

  /** People a pronoun or a role crediting them marked (`assume`). */
  private readonly assumed = new Set<string>();

  /** Marks a person with the gender a pronoun or a role crediting them marks, where the article marks them with none. */
  assume(name: string, gender: 'f' | 'm'): void {
    this.genders.set(name, gender);
    this.assumed.add(name);
  }

  /** True when a cue, a role or a pronoun marks the name's gender: a person's. A given name's ending alone is no proof ("Zanardo Elettrodomestici"). */
  markedAsPerson(name: string): boolean {
    return this.genderOf(name) !== null && (!this.givenNameOnly.has(name) || this.assumed.has(name));
  }

  /** True when the article marks a person with the other gender than a role's form, the masculine counting as unmarked against a given name alone. */
  otherThanRole(name: string, roleGender: 'f' | 'm'): boolean {
    return this.genderOf(name) === otherGender(roleGender) && !(roleGender === 'm' && this.givenNameOnly.has(name));
  }

  unmarkedGender(name: string): 'm' | null {
    return this.genderOf(name) === null && this.unmarked.has(name) ? 'm' : null;
  }

  /** The gender the article marks a person with, from a cue just before any of their sightings ("Frau", "la ministre", "Sprecherin"), or null. */
  genderOf(name: string): 'f' | 'm' | null {
    if (!this.article) return null;
    let gender = this.genders.get(name);
    if (gender !== undefined) return gender;
    const { text, lex } = this.article;
    gender = null;
    // A body has no gender of its own: "der Technischen Hochschule Rosenheim" marks the noun, not a woman.
    if (name.split(' ').some((w) => lex.bodyWords.has(w.toLowerCase()))) {
      this.genders.set(name, gender);
      return gender;
    }
    for (const s of this.names) {
      if (s.name !== name) continue;
      // A sighting starts at its run of capitals, titles too ("Ms Anna Reid"): read up to the name itself.
      const own = text.indexOf(name.split(' ')[0]!, s.at);
      const end = own >= 0 && own - s.at < TITLE_BEFORE_CHARS ? own : s.at;
      const before = text.slice(Math.max(0, s.at - GENDER_CUE_CHARS), end);
      const read = tokenize(before).filter((t) => t.isWord);
      let words = read.slice(-GENDER_CUE_WORDS);
      // A name right after a preposition is not the cue's person: "Experte Linus Haferkamp vom Chaos Computer Club".
      if (lex.prepositions.has(words[words.length - 1]?.text.toLowerCase() ?? '')) continue;
      let k = words.findLastIndex(
        (t, j) => genderCue(t.text, lex, lastArticleIn(words, j, lex)) !== null && (!lex.articles.has(t.text.toLowerCase()) || opensRole(words, j, lex)),
      );
      // None so near: the article opening the role further back, past its remit, where the sentence starts with it.
      if (k < 0) {
        words = read.slice(-REMIT_CUE_WORDS);
        k = words.findIndex((t, j) => lex.articles.has(t.text.toLowerCase()) && opensRole(words, j, lex) && genderCue(t.text, lex) !== null);
      }
      const cue = words[k];
      // None before: a role in apposition right after the name ("Paul Roux, président du syndicat"); a masculine one marks no gender, as above.
      const after = cue ? undefined : APPOSED_AFTER.exec(text.slice(end + name.length, end + name.length + GENDER_CUE_CHARS))?.[1];
      const appos = after !== undefined && isTitle(after, lex) ? genderCue(after, lex) : null;
      if (appos === 'm') this.unmarked.add(name);
      if (appos === 'f') {
        gender = appos;
        break;
      }
      // A body between the role and the name names the body's, not the person's ("président du groupe Rennes Avenir").
      if (cue && !words.slice(k + 1).some((t) => lex.bodyWords.has(t.text.toLowerCase()))) {
        const cued = genderCue(cue.text, lex, lastArticleIn(words, k, lex));
        // A masculine role in apposition is often the unmarked form a woman holds too ("il sindaco di Lodi, Sara Casanova"):
        // it marks no gender, unless another sighting does. A kinship word is no role anyone holds so ("son frère, Yacine").
        if (cued === 'm' && before.slice(cue.start).includes(',') && (isTitle(cue.text, lex) || lex.articles.has(cue.text.toLowerCase()))) {
          this.unmarked.add(name);
          continue;
        }
        gender = cued;
        break;
      }
    }
    // No cue anywhere: the given name's own ending, where the language tells gender so ("Carla Zanetti", "Aldo Berti"),
    // unless an article ever comes before the name, which a person's takes none of ("l'Osteria del Ponte").
    if (gender === null && !this.names.some((s) => s.name === name && articleBefore(text, s.at, lex))) {
      gender = givenNameGender(name, lex);
      if (gender) this.givenNameOnly.add(name);
    }
    this.genders.set(name, gender);
    return gender;
  }

  /** The gender a role's form marks where it is used for the quote at `at`, its article telling for a nominalized adjective ("die Angeklagte"). */
  roleGender(title: string, at: number): 'f' | 'm' | null {
    if (!this.article) return null;
    const { text, lex } = this.article;
    // The use after the quote in its paragraph ("„…“, sagte die Angeklagte"), else the latest before it.
    const end = text.indexOf('\n', at);
    const uses = this.roleUses.roleUsesBefore(title, end < 0 ? text.length : end);
    const use = uses.find((u) => u >= at) ?? uses.at(-1);
    if (use === undefined) return genderCue(title, lex);
    const article =
      tokenize(text.slice(Math.max(0, use - GENDER_CUE_CHARS), use))
        .filter((t) => t.isWord)
        .at(-1)?.text ?? '';
    const word = tokenize(text.slice(use, use + GENDER_CUE_CHARS)).find((t) => t.isWord)?.text ?? title;
    if (!lex.articles.has(article.toLowerCase())) return genderCue(word, lex);
    // A word that is no gender cue ("die 54-Jährige") takes its article's gender where articles mark one.
    return genderCue(word, lex, article) ?? (cueOf(word, lex) ? null : (lex.pack.subjectArticleGenders?.[article.toLowerCase()] ?? null));
  }

  /** The gendered role opening a sentence of the paragraph before `at`, where no person who may be of `gender` is named before `at`. */
  roleSubjectBefore(at: number, gender: 'f' | 'm' | undefined): string | null {
    if (!gender || !this.article) return null;
    const paragraph = this.article.text.lastIndexOf('\n', at) + 1;
    if (this.names.some((s) => s.at >= paragraph && s.at < at && !s.quoted && this.genderOf(s.name) !== otherGender(gender))) return null;
    return genderedRoleSubject(this.article.text.slice(Math.max(paragraph, at - GENDERED_BODY_CHARS), at), gender, this.article.lex);
  }
}
