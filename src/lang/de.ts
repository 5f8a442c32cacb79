import type { LanguagePack } from './language-pack.js';

const words = (s: string): string[] => s.split('|');

/** German. */
export const de: LanguagePack = {
  code: 'de',
  junkLines: [
    /^(lesen sie auch|mehr zum thema|auch interessant|weiterlesen|siehe auch)\b/i,
    /^(anzeige|werbung)$/i,
    /\bnewsletter\b.*\b(kostenlos|abonnieren|anmelden)\b/i,
    /^(foto|bild)\s*:/i,
  ],
  nonArticleMarkers: {
    live: [/\blive-?ticker\b/i, /\blive-?blog\b/i, /\bnews-?ticker\b/i, /\+\+\+/, /\bim ticker\b/i, /\bminute für minute\b/i],
    quiz: [/\bquiz\s*(?:[:|–—-]|$)/i, /\b(?:wochen|nachrichten|news)-?quiz\b/i, /\bwie gut kennen sie\b/i],
    correction: [/^korrektur(?:hinweis)?\b/i, /\bkorrekturhinweis\b/i, /^richtigstellung\b/i],
  },
  stopwords: words(
    'der|die|und|in|den|von|zu|das|mit|sich|des|auf|für|ist|im|dem|nicht|ein|eine|als|auch|es|an|werden|aus|er|hat|dass|sie|nach|wird|bei|einer|um|am|sind|noch|wie|einem|über|so|zum|war|haben|nur|oder|aber|vor|zur|bis|mehr|durch|man|sagte',
  ),
  abbreviations: words(
    'dr|prof|bzw|z.b|u.a|usw|etc|nr|ca|vgl|inkl|mio|mrd|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez|st|hr|fr|str|d.h|o.ä|u.s|u.k',
  ),
  speechVerbs: words(
    'sagte|sagt|teilte|teilt|fügte|fügt|kündigte|kündigt|räumt|hob hervor|hebt hervor|führte aus|führt aus|fuhr fort|gestand|gesteht|mitteilte|mitteilt|ergänzt|sagten|sagen|erklärte|erklärt|betonte|betont|meinte|meint|fügte hinzu|ergänzte|warnte|warnt|teilte mit|kündigte an|berichtete|schrieb|so|erklärten|bestätigte|forderte|kritisierte|sprach|gesagt|berichtet|schreibt|bestätigt|fordert|kritisiert|spricht|antwortete|antwortet|erläuterte|erläutert|unterstrich|unterstreicht|räumte ein|räumt ein|gab zu|gibt zu|versicherte|versichert|bekräftigte|bekräftigt|verkündete|verkündet|mahnte|mahnt|beklagte|beklagt|hieß es|heißt es|fragte|fragt|findet|fand|glaubt|glaubte|hofft|hoffte|stellte klar|stellt klar|gab an|gibt an|teilt mit|kündigt an|fügt hinzu|resümierte|resümiert|bilanzierte|bilanziert|urteilte|urteilt|räumte|beteuerte|beteuert|verwies|verweist|schilderte|schildert|erzählte|erzählt|zitiert|twitterte|monierte|moniert|bemängelte|bemängelt|gab sich|zeigte sich|appellierte|appelliert|lacht|lachte|seufzt|seufzte|scherzt|scherzte|jubelt|jubelte|klagt|klagte|bittet|bat|schimpft|schimpfte|freut sich|freute sich|ärgert sich|ärgerte sich|stellt fest|stellte fest',
  ),
  pronounVerbs: [],
  addresseeVerbs: [],
  complementizers: words('dass|ob|wie'),
  prepositions: words("von|vom|aus|im|in|bei|beim|für|mit|zu|zum|zur"),
  articles: words('der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|dieser|diese|dieses|diesem|diesen|jeder|jede|jedes|jedem|jeden|kein|keine|keinem|keinen|keiner|seine|seiner|seinem|ihre|ihrer|ihrem|unser|unsere|unserer|alle|viele|beide|beiden'),
  accordingTo: words(
    'laut|nach angaben von|zufolge|so',
  ),
  pronouns: words(
    'er|sie',
  ),
  pluralPronouns: [],
  pronounGenders: { 'sie': 'f', 'er': 'm' },
  genderCues: { 'frau': 'f', 'sprecherin': 'f', 'ministerin': 'f', 'bürgermeisterin': 'f', 'präsidentin': 'f', 'kanzlerin': 'f', 'chefin': 'f', 'leiterin': 'f', 'direktorin': 'f', 'trainerin': 'f', 'expertin': 'f', 'ärztin': 'f', 'anwältin': 'f', 'vorsitzende': 'f', 'politikerin': 'f', 'managerin': 'f', 'gründerin': 'f', 'inhaberin': 'f', 'besitzerin': 'f', 'einwohnerin': 'f', 'mutter': 'f', 'tochter': 'f', 'witwe': 'f', 'herr': 'm', 'sprecher': 'm', 'minister': 'm', 'bürgermeister': 'm', 'präsident': 'm', 'kanzler': 'm', 'chef': 'm', 'leiter': 'm', 'direktor': 'm', 'trainer': 'm', 'experte': 'm', 'arzt': 'm', 'anwalt': 'm', 'vorsitzender': 'm', 'politiker': 'm', 'manager': 'm', 'gründer': 'm', 'inhaber': 'm', 'besitzer': 'm', 'einwohner': 'm', 'vater': 'm', 'sohn': 'm', 'witwer': 'm' },
  titles: words(
    'politiker|politikerin|kommandeur|leiter|leiterin|fraktionschef|fraktionschefin|parteichef|parteichefin|meteorologe|meteorologin|forscher|forscherin|universität|institut|hochschule|präsident|präsidentin|bundeskanzler|bundeskanzlerin|kanzler|kanzlerin|minister|ministerin|bundesminister|bundesministerin|außenminister|außenministerin|generalsekretär|sekretär|chef|chefin|vorsitzender|vorsitzende|sprecher|sprecherin|direktor|direktorin|bürgermeister|bürgermeisterin|abgeordneter|abgeordnete|general|botschafter|botschafterin|professor|professorin|prof|dr|herr|frau|ministerpräsident|ministerpräsidentin|regierungschef|regierungschefin|vize|ex|experte|expertin|analyst|analystin|ökonom|ökonomin|trainer|papst|könig|königin|nato-generalsekretär|konzernchef|vorstandschef|landrat|anwalt|anwältin|rechtsanwalt|rechtsanwältin|richter|richterin|staatsanwalt|staatsanwältin|arzt|ärztin|spezialist|spezialistin|gewerkschafter|gewerkschafterin|spieler|spielerin|kapitän|kapitänin|polizist|polizistin|einwohner|einwohnerin|besitzer|besitzerin|inhaber|inhaberin|gründer|gründerin|rektor|rektorin|landrätin|abteilungsleiter|geschäftsführer|geschäftsführerin|vorstand|vorständin|oberst|leutnant|kommissar|kommissarin|stadtrat|stadträtin|senator|senatorin|staatssekretär|staatssekretärin|landesvorsitzender|bundesvorsitzender|coach|stürmer|torhüter|torwart|verteidiger|manager|funktionär|funktionärin|angreifer|mittelfeldspieler|keeper|matchwinner|torschütze|torschützin|sieger|siegerin|gewinner|gewinnerin|kandidat|kandidatin|unternehmer|unternehmerin|vertreter|vertreterin|mitarbeiter|mitarbeiterin|sprecherin|schulleiter|schulleiterin|pfarrer|pfarrerin|landwirt|landwirtin|winzer|winzerin|helfer|helferin|feuerwehrmann',
  ),
  conjunctions: words('und'),
  places: words('eu|europa|bayern|berlin|hessen|sachsen|thüringen|brandenburg|nordrhein-westfalen|nrw|niedersachsen|baden-württemberg|rheinland-pfalz|schleswig-holstein|hamburg|bremen|saarland|mecklenburg-vorpommern|sachsen-anhalt|wien|bern|brüssel|moskau|kiew|washington|peking'),
  placePrepositions: words('in|nach'),
  placeEndings: [],
  nameParticles: words('von|van|der|den|de|zu'),
  nounsCapitalized: true,
  fillers: words(
    'auch|hat|habe|noch|zudem|bereits|dann|am|später',
  ),
  namingCues: words(
    'film|buch|roman|lied|song|album|serie|sendung|zeitung|magazin|operation|slogan|spitzname|genannt|sogenannt|sogenannte|sogenannten|titel|begriff|wort|kampagne|hashtag|marke',
  ),
  durations: words('sekunde|sekunden|minute|minuten|stunde|stunden|tag|tage|tagen|woche|wochen|monat|monate|monaten|jahr|jahre|jahren|jahrzehnt|jahrzehnte'),
  number: { decimal: ',', group: ['.', ' ', '\u00A0', '\u202F'] },
  countedNounLast: true,
  countsTakePlural: false,
  pluralEndings: ['e', 'en', 'er', 'n', 's'],
  scales: { tausend: 1e3, tsd: 1e3, million: 1e6, millionen: 1e6, mio: 1e6, 'mio.': 1e6, milliarde: 1e9, milliarden: 1e9, mrd: 1e9, 'mrd.': 1e9, billion: 1e12, billionen: 1e12 },
  currencies: { euro: 'EUR', dollar: 'USD', 'us-dollar': 'USD', pfund: 'GBP', franken: 'CHF', rubel: 'RUB', yen: 'JPY', yuan: 'CNY' },
  percentWords: words(
    'prozent|prozentpunkte|prozentpunkt',
  ),
  units: { 'kilometer pro stunde': 'km/h', stundenkilometer: 'km/h', millimeter: 'mm', zentimeter: 'cm', basispunkte: 'bp', basispunkten: 'bp', kubikmeter: 'm³', kilometer: 'km', meter: 'm', kilogramm: 'kg', kilo: 'kg', tonnen: 't', tonne: 't', hektar: 'ha', megawatt: 'MW', gigawatt: 'GW', liter: 'l', grad: '°', quadratkilometer: 'km²' },
  approxWords: {
    about: words('rund|etwa|ungefähr|circa|ca.|schätzungsweise|an die'),
    over: words('mehr als|über|mindestens|gut|knapp über'),
    under: words('weniger als|fast|knapp|beinahe|nahezu|bis zu|annähernd|unter|höchstens'),
  },
  rangeWords: words(
    'bis|oder|und',
  ),
  calendarWords: words(
    'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|jan|feb|mär|apr|jun|jul|aug|sep|sept|okt|nov|dez',
  ),
  timeWords: words(
    'uhr|um',
  ),
  ordinalSuffix: /^\.\s+(?=\p{Ll})/u,
  ordinalPrefix: null,
  figureLinks: words(
    'von|aus|im|in|der|des',
  ),
  spokespersonWords: words('mitteilung|pressemitteilung|erklärung|sprecher|sprecherin|sprecherinnen|pressesprecher|pressesprecherin|unternehmenssprecher|unternehmenssprecherin|regierungssprecher|regierungssprecherin|ministeriumssprecher|polizeisprecher|polizeisprecherin'),
  bodyWords: words(
    'ministerium|unternehmen|konzern|firma|regierung|polizei|stadt|behörde|agentur|kommission|botschaft|armee|bundeswehr|gericht|gewerkschaft|partei|verein|bank|gruppe|organisation|krankenhaus|klinik|universität|verband|staatsanwaltschaft|landratsamt|feuerwehr|senat|bahn|hersteller|autobauer|fluggesellschaft|airline|stadtverwaltung|landesregierung|bundesregierung|institut|stiftung|kreis|landkreis|gemeinde|ministeriums|unternehmens|konzerns',
  ),
  indefiniteArticles: words('ein|eine|einer|einem|einen'),
  numberWords: { ein: 1, eine: 1, einer: 1, zwei: 2, drei: 3, vier: 4, 'fünf': 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, 'zwölf': 12, zwanzig: 20, hundert: 100 },
  labelWords: words('nr|nummer|artikel|paragraf|paragraph|absatz|version|flug|linie|gleis|kapitel|seite|folge|staffel|runde|spieltag|stufe|phase|klasse|alter|bundesstraße|autobahn|kanal|zimmer|bezirk|welle|generation|zone|sektor|ios|windows|android|iphone|galaxy'),
  windowWords: words('vergangenen|letzten|nächsten|kommenden|zurückliegenden|ersten|vorigen|vorangegangenen'),
  moneyCues: [],
  partOfWords: words('von'),
  perUnitWords: words('pro|je'),
  notCounted: words('mehr|weniger|vor|nach|sind|waren|haben|hatten|wurden|werden|bereits|schon|noch|laut'),
  tollWords: words('tote|toten|todesopfer|verletzte|verletzten|vermisste|vermissten|opfer'),
  restateWords: words("oder|also|das heißt"),
};
