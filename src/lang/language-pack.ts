import type { ApproxWay } from '../domain/summary.js';

/**
 * Everything language-specific the text stages need, as data. One file per
 * language; extract and summarize read these, never branch on a language code.
 * Word lists are lowercase; multi-word entries are separated by single spaces.
 */
export interface LanguagePack {
  /** ISO 639-1 code. */
  code: string;
  /**
   * Lines that are never article text: newsletter promos, inline related links
   * ("BACA JUGA:", "Read more:"), ads, share prompts, photo credits.
   * Tested against one trimmed line.
   */
  junkLines: RegExp[];
  /**
   * How a junk line ends (a caption closed by its photo or agency credit),
   * tested against the trimmed line's last characters only: a scan of a long
   * line's tail, not of all of it.
   */
  junkLineEnds?: RegExp[];
  /**
   * Titles of items that are not articles, by kind: live blogs and
   * minute-by-minute pages, quizzes, corrections notices. Compose leaves them
   * out unless a digest includes the kind. Tested against the item's title.
   */
  nonArticleMarkers: { live: readonly RegExp[]; quiz: readonly RegExp[]; correction: readonly RegExp[] };
  /**
   * Frequent function words. Language detection scores a text by them (words
   * shared with other packs count for less); names never start with one.
   */
  stopwords: readonly string[];
  /**
   * Adverbs and connectives that may open a sentence before its verb ("dazu", "zugleich", "da", "anschließend"): never a
   * name, though capitalized there. Where the verb comes second, its subject follows it ("Dazu sagte die Vorsitzende X:").
   */
  sentenceAdverbs?: readonly string[];
  /** Abbreviations whose final period does not end a sentence, without that period ("mr", "u.s"). */
  abbreviations: readonly string[];
  /** Verbs of saying, any person or tense ("said", "mengatakan", "a déclaré", "ha detto"). */
  speechVerbs: readonly string[];
  /**
   * Verb forms that carry their own subject pronoun ("katanya", "dit-il",
   * "a-t-elle ajouté"): the speaker is the latest named one. Matched at a
   * word start.
   */
  pronounVerbs: readonly RegExp[];
  /**
   * A speech verb form with a plural subject ("dijeron", "ont déclaré",
   * "hanno detto", "disseram"), tested on the verb as matched: with no one
   * named after it, the two people named together before speak jointly.
   */
  pluralVerb?: RegExp;
  /**
   * A finite verb in the mood of reported speech ("habe", "sei", "werde",
   * "hätten"), tested on the verb after a clause's subject: that clause
   * reports what someone else said ("Der Landkreis habe „…“ abgearbeitet"),
   * so its subject is who is spoken of, not who speaks. Only where the
   * language has such a mood.
   */
  reportedMoodVerb?: RegExp;
  /**
   * Object pronouns that may stand right before a speech verb after a quote
   * ("«…», le contestó Ortega", "gli ha risposto", "lui a répondu"): skipped
   * to reach the verb and its subject.
   */
  verbClitics?: readonly string[];
  /**
   * The marks opening the lines of a question-and-answer interview ("Q:" and
   * "A:", "T:" and "J:", "D." and "R."), lowercase, before a colon or a stop: a
   * quote on an answer line is said by whom the text introduced before the
   * first question.
   */
  interviewMarks?: { readonly question: readonly string[]; readonly answer: readonly string[] };
  /** Speech verbs whose object is who was spoken to, never the speaker ("told", "memberi tahu"). */
  addresseeVerbs: readonly string[];
  /**
   * What follows the object of a verb telling it to act ("to return" in "urged the union to return", "auf," in "forderte
   * die Gewerkschaft auf,", "op om" in "riep de bond op om", "a volver", "à revenir"), matched right after the object: the
   * object is spoken to, not speaking, though the verb ("urged", "riep") also credits a quote ("“…,” urged Mayor X").
   */
  objectToAct?: RegExp;
  /** Words opening reported content after a speech verb ("that", "bahwa", "que"): what follows is not the speaker. */
  complementizers: readonly string[];
  /** Words opening a clause of its own ("while", "mentre", "enquanto"): a name past one after a speech verb is that clause's subject, not the speaker. */
  subordinators: readonly string[];
  /** Prepositions: a name right after one is where or whose, not who speaks ("a user on Weibo posted"). */
  prepositions: readonly string[];
  /** Articles: quoted words right after one are a term or a name ("a “phase one” deal"), not speech. */
  articles: readonly string[];
  /** Prepositions that introduce a source before it ("according to", "menurut", "selon"). */
  accordingTo: readonly string[];
  /**
   * Prepositions for where a body's word comes from ("desde"): "«…»,
   * señalaron desde el organismo" credits the body its noun stands for.
   */
  sourcePrepositions?: readonly string[];
  /**
   * Prepositions that introduce a source only when they open the sentence, before a comma ("Pour l'avocat X, …",
   * "Per il sindaco X, …"); elsewhere they mean "for".
   */
  openingAccordingTo?: readonly string[];
  /**
   * A participle of signing or issuing, maybe a time phrase, and the preposition naming who did ("firmata dal", "diffuso
   * in serata da", "signé par", "assinada pelo"), matched in the words after a speech verb: "«…», si legge in una nota
   * firmata dal curatore, Giorgio Barbieri" is the signer's; a name right after one is who issued it, not where.
   */
  signedBy?: RegExp;
  /** Subject pronouns for a person ("he", "ia", "er", "elle"). */
  pronouns: readonly string[];
  /**
   * Subject pronouns for several people ("they", "mereka", "ils"), or two
   * words standing for them ("pasangan itu"): two people named together just
   * before speak jointly. Empty where the plural is also a singular ("sie", "zij").
   */
  pluralPronouns: readonly string[];
  /**
   * Phrases set off by commas right after a subject that set it against others ("de son côté", "por su parte",
   * "for its part"): like a resumptive pronoun ("L'agence, elle, défend …"), they leave the subject the speaker.
   */
  subjectAsides?: readonly string[];
  /**
   * The impersonal subject pronoun ("on") and the prepositions of the place it speaks from ("à", "au", "chez"): "À la
   * préfecture, on précise que …", "Au rectorat, on défend …": the body of that place speaks.
   */
  impersonalPlace?: { readonly pronouns: readonly string[]; readonly prepositions: readonly string[] };
  /** The gender of the person pronouns that mark it ("she" f, "il" m); none where they do not ("dia"). */
  pronounGenders: Readonly<Record<string, 'f' | 'm'>>;
  /**
   * Words just before a name or its role that tell the person's gender:
   * honorifics ("Frau", "Mme", "Sra"), gendered articles before a role ("la
   * ministre", "a coordenadora") and gendered role words ("Sprecherin",
   * "voorzitster"). A gendered pronoun means the latest person of its gender.
   */
  genderCues: Readonly<Record<string, 'f' | 'm'>>;
  /**
   * Where given names tell a person's gender by their ending ("Carla", "Aldo"): the endings, and the names that go
   * against them ("Andrea", "Luca" are men's in Italian). A person no cue marks is read so from their first name.
   */
  givenNameGenders?: { readonly endings: Readonly<Record<string, 'f' | 'm'>>; readonly names: Readonly<Record<string, 'f' | 'm'>> };
  /**
   * Articles opening a sentence that tell its subject noun's grammatical
   * gender ("Die Fanabteilung …"): a gendered pronoun with no person of its
   * gender to mean ("Sie sprach von …") means a body so named. Only where
   * pronouns follow a noun's grammatical gender.
   */
  subjectArticleGenders?: Readonly<Record<string, 'f' | 'm'>>;
  /**
   * Gender cues that are nominalized adjectives, one form for both genders
   * in the nominative ("der/die Vorsitzende"): the article before them in
   * subjectArticleGenders tells the gender, not the cue's own entry.
   */
  articleGenderedCues?: readonly string[];
  /**
   * Articles telling the gender of a role one form serves for both ("a atleta", "la giudice"), where
   * subjectArticleGenders is not given: the articleGenderedCues after them are of that gender.
   */
  roleArticleGenders?: Readonly<Record<string, 'f' | 'm'>>;
  /** Titles, roles and honorifics stripped from a speaker's name ("president", "sekretaris", "dr"). */
  titles: readonly string[];
  /**
   * Lowercase words inside one body's name between its capitalized words
   * ("Transport for London", "Bank of England"): a spokesperson's body runs
   * on past them.
   */
  bodyNameLinks?: readonly string[];
  /**
   * Words opening a relative clause set off by commas after a person and their affiliation ("who", "que", "qui"): the
   * clause says what the person did, and the words before it name them ("A juíza X, da Vara Y, que autorizou …, escreveu").
   */
  relativePronouns?: readonly string[];
  /**
   * Words before a role that make it someone else's, a deputy's or a past
   * holder's ("deputy", "vice", "former", "wakil", "mantan"): "the mayor"
   * never means the one named after "Deputy Mayor".
   */
  deputyWords?: readonly string[];
  /**
   * Words joining two parts of one long title ("Menteri Perumahan dan Kawasan
   * Permukiman", "Secretary of State for Health and Social Care").
   */
  conjunctions: readonly string[];
  /**
   * Place names that open a title before a name ("Jakarta", "Jawa"), beyond
   * the country names, which come from the runtime's own locale data.
   */
  places: readonly string[];
  /**
   * Prepositions that put a place after them ("di Bekasi", "in Delft", "en
   * Sevilla"), never a person: a name ending in a word seen there is a place
   * or a thing there, not who speaks. Leave out datives ("à", "a") that also
   * take people.
   */
  placePrepositions: readonly string[];
  /**
   * A company's legal forms ("Ltd", "GmbH", "Sdn Bhd", "S.p.A.", "PT"), written with or without their dots, in or next to
   * its name: a capitalized name so marked is a body, never a person or a place.
   */
  legalForms?: readonly string[];
  /** Words that end a place name, so a name after them starts afresh ("Jawa Tengah", "Sulawesi Selatan"). */
  placeEndings: readonly string[];
  /** Nouns of an administrative unit heading a place's name ("Kecamatan Banyuresmi", "Nagari Sungai Jambu"): the words after one are a place, never a person. */
  placeHeads?: readonly string[];
  /**
   * Titles that are also surnames ("hakim", "raja"): one closing a name before its comma is the surname ("Arief Rahman
   * Hakim, …"), not a role after it.
   */
  titleSurnames?: readonly string[];
  /** Possessive endings a title takes ("-nya": "Presidennya, Dr Ravindran Pillai"): the title still, not a name. */
  possessiveEndings?: readonly string[];
  /** Lowercase particles inside personal names ("von der Leyen", "da Silva", "bin Ibrahim"). */
  nameParticles: readonly string[];
  /**
   * Of the name particles, those a surname never holds in lowercase ("della", "del" in Italian, where "Del Vecchio" is
   * capitalized): one after a given name and a surname leads to the body the person is of ("Sergio Pagnotta della Filt
   * Cgil"), not to more of their name.
   */
  affiliationParticles?: readonly string[];
  /**
   * Words joining a body's capitalized name to what it is of in lowercase words, without an apostrophe ("dei" in "l'Ordine
   * dei medici di Valmarena", "du" in "l'Observatoire du littoral"); an article may follow one ("de l'accès"). Only where
   * nouns are not capitalized.
   */
  bodyOfLinks?: readonly string[];
  /**
   * True where a surname standing alone capitalizes its particle ("aldus De Vries" after "Ilse de Vries", "zegt Van Achter"):
   * a capitalized particle past the speech verb opens the surname, no article or preposition before it.
   */
  surnameParticleCapitalized?: boolean;
  /**
   * True where one person bears several surnames, each with its particle
   * ("Maria do Rosário dos Santos Pereira", "José de la Cruz del Valle"): a
   * further particle leading to two more names goes on with the name instead
   * of starting what the person is of ("Jan van der Berg van Landbouw").
   */
  chainedSurnames?: boolean;
  /** True when common nouns are capitalized (German), so a capital does not mean a name or an adjective. */
  nounsCapitalized: boolean;
  /** Titles and day and month names are written lowercase ("el ministro", "el 5 de julio"): capitalized beside a name word they are part of a name ("Julio Rey Montero"). */
  rolesLowercase?: boolean;
  /** Nouns join into one word with lowercase nouns ("voetbalbond", "zorgverzekeraar"): a body's noun may end a longer word. Implied where nouns are capitalized. */
  compoundNouns?: boolean;
  /** Words that may sit between a speaker and the verb ("also", "juga", "hat"). */
  fillers: readonly string[];
  /** Words announcing that the quoted words are a name or a title of a work ("film", "dubbed", "berjudul"). */
  namingCues: readonly string[];
  /** Units of time counted by a number ("minutes", "tahun"): figures, but less telling than money or people. */
  /** Ordinal words ("third", "terzo"), lowercase: a sentence may open on one, which names no one. */
  ordinalWords: readonly string[];
  durations: readonly string[];
  /** Decimal mark and the digit-group separators of this language's numbers. */
  number: { decimal: '.' | ','; group: readonly string[] };
  /** True when a counted noun ends its phrase ("400,000 state employees"), false when it starts it ("600.000 tentara Rusia"). */
  countedNounLast: boolean;
  /** Plural endings, or whole irregular plurals ("people"): a counted word with one is the noun itself, not a modifier before it ("ships", not "state"). */
  pluralEndings: readonly string[];
  /**
   * True when a count above one always takes a plural noun, so a singular one
   * after a number is a model or label ("its 737 jet", "a 40 Under 40 list"),
   * not a count; false where nouns stay singular after numerals ("20 jaar", "17.000 orang").
   */
  countsTakePlural: boolean;
  /** Scale words after a number, to their multiplier ("juta" 1e6, "bn" 1e9, "mil millones" 1e9). */
  scales: Readonly<Record<string, number>>;
  /** Currency words of this language to their ISO code ("rupiah" IDR, "dollars" USD); symbols are shared. */
  currencies: Readonly<Record<string, string>>;
  /** Percent words ("persen", "per cent", "Prozent"). */
  percentWords: readonly string[];
  /** Unit words of this language to their short code ("kilometer" km, "ton" t); symbols are shared. */
  units: Readonly<Record<string, string>>;
  /**
   * Words before a number that make it approximate, by which way: about
   * ("sekitar", "rund"), a lower bound ("lebih dari", "at least") or an upper
   * one ("up to", "fast"). The first of each list is how a digest writes it.
   */
  approxWords: Readonly<Record<ApproxWay, readonly string[]>>;
  /** Words joining the two ends of a range ("atau", "to", "bis"). */
  rangeWords: readonly string[];
  /** Month and weekday names and abbreviations: a number next to one is a date; never part of a name. */
  calendarWords: readonly string[];
  /**
   * Parts of a day, alone or after a weekday in one word ("Vormittag", "Montagabend"), where nouns are capitalized: never
   * part of a name ("am Vormittag Reue gezeigt", "das Unternehmen am Montagabend"), though unlike `calendarWords` they make
   * no number beside them a date ("bis Freitagmittag 86 Einsätze").
   */
  dayTimeWords?: readonly string[];
  /** Words right before or after a number that make it a time or a date ("pukul", "a.m.", "uhr", "tanggal"). */
  timeWords: readonly string[];
  /** Ordinal marks right after the digits ("st", "e", "º"), as one regex source matched at the end. */
  ordinalSuffix: RegExp;
  /** Ordinal mark right before the digits ("ke-"), or null. */
  ordinalPrefix: RegExp | null;
  /** Prepositions that may continue the phrase saying what a figure counts ("of", "dari", "von"). */
  figureLinks: readonly string[];

  // Who speaks for a body (quotes and speakers).
  /** Words for someone or something speaking for a body ("spokesperson", "woordvoerder", "jurucakap", "statement", "kenyataan"): the body they speak for is the speaker. */
  spokespersonWords: readonly string[];
  /**
   * Common nouns for a body ("ministry", "empresa", "kementerian"): "the
   * ministry said" credits the one the article named, "Ministry of Defence".
   */
  bodyWords: readonly string[];
  /**
   * A body noun and the titles of the one who heads it, `|`-separated
   * ("kementerian" and "menteri", "préfecture" and "préfet|préfète"): "the
   * ministry" after "Menteri Kerja Raya" is "Kementerian Kerja Raya", "la
   * préfecture" after "la préfète du Pas-de-Calais" is "Préfecture du
   * Pas-de-Calais", when the article never names the body itself.
   */
  bodyHeads?: Readonly<Record<string, string>>;
  /**
   * An epithet and the titles an article gives its holder by name, `|`-separated
   * ("legale" and "avvocato|avvocata", "prosecutor" and "prosecution"): "ha
   * detto il legale" after "assistito dall'avvocato Paolo Conti" is Paolo Conti.
   */
  roleAliases?: Readonly<Record<string, string>>;
  /**
   * Nouns for a branch or regional office of a body ("Niederlassung",
   * "vestiging", "cabang"): a spokesperson of "der Niederlassung Rheinland"
   * speaks for the body the article is about, the one that spoke last.
   */
  branchWords?: readonly string[];
  /**
   * Nouns for someone working in a body ("dirigente", "funzionario", "responsable"):
   * after an indefinite article and before the body ("un funzionario del ministero"),
   * one unnamed member speaking for the body, as a spokesperson does.
   */
  memberWords?: readonly string[];
  /**
   * Nouns for a body's own organ ("direction", "management", "dirección"):
   * "a fait savoir la direction" with no body named by the noun is the body
   * the article is about, the one opening the sentence or that spoke last.
   */
  organWords?: readonly string[];
  /**
   * Endings that make an adjective of a place's name ("-er": "Leipziger" from
   * "Leipzig"): "der Leipziger Klub", where the article names the place, is
   * an epithet for the body of that kind, not a name of its own.
   */
  placeAdjectiveEndings?: readonly string[];
  /**
   * A body noun and the clipped words that name bodies of its kind, `|`-separated
   * ("polisi" and "polres|polda|polsek"): "kata polisi" after "Polres Metro
   * Bekasi" is that Polres. Initials of a noun's words need no entry ("RSUD"
   * for "rumah sakit").
   */
  bodyShortForms?: Readonly<Record<string, string>>;
  /**
   * Demonstratives closing an epithet after its noun ("mantan Kapolda Jateng
   * itu", "menteri tersebut"): the capitalized words before one are the
   * role's remit, not a name. Only where the demonstrative follows the noun.
   */
  epithetEnds?: readonly string[];
  /**
   * Nouns for a written piece that speaks for whoever wrote it ("report",
   * "Studie", "laporan"), or for its unnamed authors ("onderzoekers"): "the
   * report says" is the body the article named as its author ("the report by
   * the X Institute", "laporan Bank Dunia").
   */
  documentWords?: readonly string[];
  /**
   * Of the document nouns, a court's rulings ("sentencia", "vonnis", "ruling"):
   * one that names no author speaks for the court the article named by one of
   * `courtWords` ("señala la sentencia" after "La Audiencia Provincial de Sevilla ha condenado").
   */
  rulingWords?: readonly string[];
  /** Nouns a court's name is made with ("audiencia", "tribunal", "rechtbank", "court"). */
  courtWords?: readonly string[];
  /**
   * An adjective's case ending inside a body's name after an oblique article
   * ("eine Sprecherin der Deutschen Bahn"), and the ending it takes where the
   * name stands alone ("Deutsche Bahn"). Only where adjectives inflect.
   */
  /**
   * Body nouns that stand for a body the article names without them ("des
   * Vereins" for "Der Karlsruher SV …", "des Verbands"): never a speaker's
   * name alone, unlike "Polizei". Only where the noun is not otherwise told
   * from a name by its capital.
   */
  namedBodyNouns?: readonly string[];
  /**
   * Body nouns that mean the body the nearby text is about where the article named none of their kind ("the company said"
   * after "run by Hartwell Home Interiors"): those of firms, clubs and the like, which a story names without the noun; not
   * those it names by the noun alone ("die Polizei", "de gemeente").
   */
  aboutBodyNouns?: readonly string[];
  /**
   * Which of `namedBodyNouns` are one kind, each to the one standing for its
   * kind ("hersteller" and "konzern" to "unternehmen"): "das Unternehmen"
   * may mean "der Hersteller Bosch", never "die Gewerkschaft Verdi".
   */
  bodyKinds?: Readonly<Record<string, string>>;
  /**
   * An adjective's ending after an oblique article (`articles`, "der Deutschen Bahn") and the one it has as a subject
   * (`plain`, "Deutsche Bahn"). After `strong.articles`, which only masculine and neuter nouns take ("des Staatlichen
   * Schulamts"), a name without its article ends the adjective by the noun's gender: `neuter` for a noun ending on one
   * of `neuterNouns` ("Staatliches Schulamt"), `masculine` for the others ("Deutscher Wetterdienst").
   */
  obliqueAdjective?: {
    readonly articles: readonly string[];
    readonly ending: string;
    readonly plain: string;
    readonly strong?: { readonly articles: readonly string[]; readonly neuterNouns: readonly string[]; readonly neuter: string; readonly masculine: string };
    /**
     * A subject's article after which an adjective takes `plain` only as a masculine or neuter noun's, and the ending it has
     * in the name without its article ("der Deutsche Wetterdienst" → "Deutscher Wetterdienst", "das Rote Kreuz" → "Rotes Kreuz").
     */
    readonly subject?: Readonly<Record<string, string>>;
  };
  /**
   * Genitive articles before a body's name and the case endings its last
   * word then takes, longest first ("des Deutschen Wetterdienstes" →
   * "Deutscher Wetterdienst" ends on "Wetterdienst").
   */
  genitiveName?: { readonly articles: readonly string[]; readonly endings: readonly string[] };
  /**
   * Demonstratives opening the sentence after a quote that stand for the
   * quoted words, before the verb and its subject ("Dat zegt X, …", "Das
   * sagte X"): that sentence is the quote's credit, however long.
   */
  quoteReferents?: readonly string[];
  /** Indefinite articles ("a", "un", "seorang"): "a lawyer said" is someone new, not the lawyer the article named. */
  indefiniteArticles: readonly string[];

  // Key quotes: which voices an editor keeps.
  /**
   * Words adding one more voice to a side already heard ("also", "ook",
   * "juga"): among the first words of the sentence that brings a speaker in,
   * they make the speaker an echo rather than a new actor.
   */
  alsoWords: readonly string[];
  /**
   * How a person's age is given beside their name, `#` standing for the
   * number ("aged #", ", # ans", "#-jährige", "berusia #"): someone
   * introduced by their age is a witness or a passer-by, colour rather than
   * an actor. A bare number set off by commas after a name (", 52,") needs
   * no entry.
   */
  agePhrases: readonly string[];
  /**
   * Forms of "to be" whose predicate brings a person into the story ("Among the first passengers was Tom Kettlewell",
   * "Een van de bruikleengevers is akkerbouwer Geert Mulder"), its "there is" forms too ("In aula c'era anche …"): whom a
   * pronoun or a bare speech verb crediting the next quote can mean.
   */
  copulas?: readonly string[];
  /**
   * Beginnings of the words that bring a voice in as objecting or warning
   * ("critic" for criticised/critical, "warn", "dénon", "mengkritik",
   * "niet iedereen"), matched at a word's start: such a voice is the story's
   * other side, an actor of its own even when it comes fourth.
   */
  objectionWords: readonly string[];
  /**
   * Beginnings of the words that bring a voice in as announcing or deciding
   * ("announc", "kündigt", "mengumumkan", "besloot"), matched at a word's
   * start: the third of the story's first actors brought in so makes news, a
   * key voice even when quoted once.
   */
  announcementWords: readonly string[];
  /**
   * Beginnings of the words for public offices and the heads of bodies
   * ("minister", "mayor", "sindac", "wali kota", "voorzitter"), matched at a
   * word's start: the third of the story's first actors introduced by their
   * office who gives a number speaks with the news.
   */
  officeWords: readonly string[];
  /**
   * Words for the person on trial ("defendant", "prévenu", "terdakwa"): a
   * defendant told with their age ("Le prévenu, Jean-Baptiste Ferracci, 47
   * ans") is the court story's main actor, not colour.
   */
  defendantWords: readonly string[];

  // Figures: what makes a number a count or a measure, and which article context unmakes it.
  /** Spelled-out numbers that take a scale word ("two million", "dua juta", "trois millions"); alone they are no figure. */
  numberWords: Readonly<Record<string, number>>;
  /** Words for people a span of time can follow as their age, across an age link ("studenti di 12 anni", "un chaval de 17 años"). */
  ageNouns: readonly string[];
  /** The link words that join a person to an age ("di", "de", "van"); fewer than figureLinks, whose "in", "da" also start a span ("in 5 anni"). */
  ageLinks: readonly string[];
  /**
   * A point of a life told in years, `#` standing for the number ("à # ans" in "J'ai commencé ici à 23 ans.", "desde os # anos"):
   * one closing its clause is an age; one that goes on is a span ("condamné à 4 ans de prison").
   */
  agePointPhrases: readonly string[];
  /** Words opening the span of time a measure was taken over ("in" in "280 mm in 72 hours", "dalam tempoh"): that span is the measure's window, not a figure. */
  measureWindowWords: readonly string[];
  /**
   * True where a counted noun follows a scale word of a million or more only across a link word ("3 millions d'habitants",
   * "4 milioni di visitatori"): any other word there ("32 millones procederán") is no counted noun.
   */
  scaleLinksNoun: boolean;
  /** Words right before a number that make it a label, an age or an identifier ("aged", "flight", "version", "berusia", "Nr."). */
  labelWords: readonly string[];
  /** Words next to a span of time that make it a comparison window, not a figure ("past" in "in the past 20 years", "terakhir"). */
  windowWords: readonly string[];
  /** Phrases naming a period before the news ("last year", "l'an dernier", "tahun lalu"): a figure told of it past the lead is background. */
  pastWords: readonly string[];
  /** Words opening the breakdown of a total told before ("davon", "of which", "di cui", "dos quais"): a figure after one in its clause is a part, not what an editor boxes. */
  breakdownWords: readonly string[];
  /** Words that make a currency word that is also a unit ("pounds") money; without one in its sentence it is the unit. */
  moneyCues: readonly string[];
  /** Words between two numbers that make the first a part of the second ("45 of 120 seats", "45 dari 120 kursi", "45 sur 120"). */
  partOfWords: readonly string[];
  /**
   * Articles between two numbers that make the first a part of the second only read that way round ("2.300 der 3.900
   * Beschäftigten", "450 de ses 1 200 emplois"): a sentence opening with one ("Der 120 Meter hohe Turm") tells no whole first.
   */
  partOfArticleWords?: readonly string[];
  /** Words right after a figure (and its counted noun) that make it a rate per unit ("pro Kopf", "per kilogram", "bagi setiap keluarga"): a detail, rarely what an editor boxes. */
  perUnitWords: readonly string[];
  /** Words after a number that never name what it counts: verbs, adverbs, times of day ("15 millones antes", "116 votaram", "45 direbut"). */
  notCounted: readonly string[];
  /** Words that make a count a toll of dead, hurt or missing ("tewas", "Tote", "mortos"): key however small. */
  tollWords: readonly string[];
  /** Count nouns of people, their homes and their jobs ("residents", "Beschäftigte", "famiglie", "rumah"): a count of them in the lead is the story's human scale, news however small. */
  peopleWords: readonly string[];
  /** Count nouns of a place's or a body's standing population ("Einwohner", "members", "inwoners", "pengundi"): its size is the setting, seldom the news. */
  standingWords: readonly string[];
  /** Words joining a figure to the same quantity said another way ("2,300 jobs, or 9%", "soit", "atau"): the second is a restatement. */
  restateWords: readonly string[];
  /** Words between a figure and a bare number after it that make the number the far side of a comparison ("down from 54.2 million", "contre 720 millions", "rispetto ai 12,1"); without one it is a quantity of its own counted alike ("y una deuda de 61 millones"). */
  comparisonWords: readonly string[];
  /** Words right after a figure that make it the difference from another level ("46.000 euro meer dan vorig jaar", "45 euros de plus"): it ranks below the level itself. */
  differenceWords: readonly string[];
  /**
   * "from X to Y" ("de R$ 1,3 bilhão para R$ 840 milhões", "von 4 auf 6 Prozent"): the figure after `from` and before `to` is the old value, a comparison;
   * a bare number before `to` and a number takes the unit of the one it changes to ("van 6,20 naar 7,50 euro").
   */
  changeWords: { from: readonly string[]; to: readonly string[] };
  /** Words right before a number that read a clock ("alle", "à", "om", "às"): only after one is a number before an hour word that is also a span ("4 ore", "14 heures", "4 uur") a time of day. */
  clockWords: readonly string[];
}
