import type { LanguagePack } from './language-pack.js';

const words = (s: string): string[] => s.split('|');

/** Dutch. */
export const nl: LanguagePack = {
  code: 'nl',
  junkLines: [
    /^(lees ook|lees meer|bekijk ook|meer over)\b/i,
    /^advertentie$/i,
    /\bnieuwsbrief\b.*\b(gratis|aanmelden|abonneer)/i,
    /^(foto|beeld)\s*:/i,
  ],
  nonArticleMarkers: {
    live: [/\bliveblog\b/i, /\blive-?updates?\b/i, /\bminuut[- ]voor[- ]minuut\b/i],
    quiz: [/\bquiz\s*(?:[:|–—-]|$)/i, /\bnieuwsquiz\b/i],
    correction: [/^(?:rectificatie|correctie)\b/i],
  },
  stopwords: words(
    'de|het|een|en|van|in|is|dat|op|te|zijn|met|voor|niet|aan|er|om|ook|als|bij|door|maar|naar|uit|dan|nog|wordt|werd|hij|zij|heeft|hebben|worden|over|zei|volgens',
  ),
  abbreviations: words(
    'dhr|mevr|mw|dr|drs|ir|prof|mr|ing|bijv|bv|enz|etc|nr|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|ca|o.a|m.b.t|d.w.z|u.s',
  ),
  speechVerbs: words(
    'zei|zegt|legt|legde|voegt|kondigt|kondigde|lichtte|merkt|merkte|deelt|deelde|adviseerde|erkende|noemde|concludeerde|sprak|voegde|liet|zeiden|zeggen|verklaarde|verklaart|stelde|stelt|benadrukte|benadrukt|voegde toe|voegde eraan toe|waarschuwde|waarschuwt|liet weten|meldde|schreef|aldus|legde uit|vertelde|vertelt|reageerde|bevestigde|kondigde aan|heeft gezegd|voegt toe|voegt eraan toe|voegde daaraan toe|meldt|schrijft|laat weten|legt uit|reageert|bevestigt|erkent|noemt|concludeert|antwoordde|antwoordt|vroeg|vraagt|beaamde|beaamt|betoogde|betoogt|onderstreepte|onderstreept|herhaalde|herhaalt|gaf aan|geeft aan|merkte op|merkt op|wees erop|wijst erop|vond|vindt|meent|meende|klinkt het|klonk het|luidt het|luidde het|verzekerde|verzekert|beloofde|belooft|riep|roept|opperde|oppert|hoopt|hoopte|voorspelde|voorspelt|tweette|twitterde|verduidelijkte|verduidelijkt|stelde vast|stelt vast|gaf toe|geeft toe|spreekt|lichtte toe|licht toe|kondigt aan|klaagde|klaagt|pleitte|pleit|maakte bekend|maakt bekend|deelde mee|deelt mee|liet optekenen|glimlacht|lacht|zucht|grapte|grapt|eiste|eist|juichte|jubelde|verzuchtte|foeterde|mopperde',
  ),
  pronounVerbs: [],
  addresseeVerbs: [],
  complementizers: words('dat|of|hoe'),
  prepositions: words("van|uit|in|bij|voor|met|door"),
  articles: words('de|het|een'),
  accordingTo: words(
    'volgens|aldus',
  ),
  pronouns: words(
    'hij|zij|ze',
  ),
  pluralPronouns: [],
  pronounGenders: { 'zij': 'f', 'ze': 'f', 'hij': 'm' },
  genderCues: { 'mevrouw': 'f', 'mevr': 'f', 'voorzitster': 'f', 'woordvoerster': 'f', 'directrice': 'f', 'lerares': 'f', 'verpleegster': 'f', 'zangeres': 'f', 'koningin': 'f', 'prinses': 'f', 'moeder': 'f', 'dochter': 'f', 'vrouw': 'f', 'meneer': 'm', 'heer': 'm', 'dhr': 'm', 'koning': 'm', 'prins': 'm', 'vader': 'm', 'zoon': 'm', 'man': 'm' },
  titles: words(
    'voorzitster|directrice|ondervoorzitster|schepen|lerares|verpleegster|wethouders|ministers|burgemeesters|woordvoerders|kamerleden|commandant|leider|coördinator|wethouder|gedeputeerde|fractievoorzitter|partijleider|meteoroloog|onderzoeker|hoogleraar|deskundige|universiteit|instituut|hogeschool|president|premier|minister|staatssecretaris|secretaris-generaal|secretaris|generaal|topman|topvrouw|directeur|woordvoerder|woordvoerster|burgemeester|gouverneur|kamerlid|senator|ambassadeur|commissaris|professor|prof|dokter|dr|dhr|mevrouw|meneer|koning|koningin|paus|oud-premier|oud-minister|voorzitter|analist|econoom|trainer|bondscoach|ceo|topman|navo-chef|buitenlandse|zaken|defensie|financiën|advocaat|officier|rechter|expert|arts|specialist|vakbondsman|vicepremier|speler|aanvoerder|agent|bewoner|eigenaar|rector|oprichter|raadslid|ondernemer|boer|medewerker|bestuurder|kapitein|luitenant|kolonel|fractieleider|lijsttrekker|coach|hoofdcoach|bestuursvoorzitter|topbestuurder|spits|doelman|keeper|middenvelder|verdediger|bewindsman|bewindsvrouw|aanvaller|hoofdtrainer',
  ),
  conjunctions: words('en'),
  places: words('eu|europa|amsterdam|rotterdam|den haag|utrecht|brussel|vlaanderen|wallonië|moskou|kiev|washington|peking|londen|noord-holland|zuid-holland|limburg|brabant|gelderland|friesland|groningen'),
  placePrepositions: words('in|te'),
  placeEndings: [],
  nameParticles: words('van|der|den|de|ter|ten|te'),
  nounsCapitalized: false,
  fillers: words(
    'ook|heeft|had|nog|al|toen|later',
  ),
  namingCues: words(
    'film|boek|roman|lied|nummer|album|serie|programma|krant|dagblad|tijdschrift|operatie|slogan|bijnaam|genoemd|zogenoemde|zogenaamde|getiteld|term|woord|campagne|hashtag|merk',
  ),
  durations: words('seconde|seconden|minuut|minuten|uur|uren|dag|dagen|week|weken|maand|maanden|jaar|jaren|decennium|decennia'),
  number: { decimal: ',', group: ['.', ' ', '\u00A0'] },
  countedNounLast: true,
  countsTakePlural: false,
  pluralEndings: ['en', 's'],
  scales: { duizend: 1e3, miljoen: 1e6, mln: 1e6, miljard: 1e9, mld: 1e9, biljoen: 1e12 },
  currencies: { euro: 'EUR', dollar: 'USD', pond: 'GBP', roebel: 'RUB', yen: 'JPY' },
  percentWords: words(
    'procent|procentpunt|procentpunten',
  ),
  units: { 'kilometer per uur': 'km/h', millimeter: 'mm', centimeter: 'cm', basispunten: 'bp', 'kubieke meter': 'm³', kilometer: 'km', meter: 'm', kilogram: 'kg', kilo: 'kg', ton: 't', hectare: 'ha', megawatt: 'MW', liter: 'l', graden: '°' },
  approxWords: {
    about: words("ongeveer|circa|zo'n|rond|pakweg"),
    over: words('meer dan|ruim|minstens|tenminste|zeker'),
    under: words('minder dan|bijna|tot|nagenoeg|hooguit'),
  },
  rangeWords: words(
    'tot|of|en|à',
  ),
  calendarWords: words(
    'maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec',
  ),
  timeWords: words(
    'uur',
  ),
  ordinalSuffix: /^(e|ste|de)(?![\p{L}])/u,
  ordinalPrefix: null,
  figureLinks: words(
    'van|uit|in',
  ),
  spokespersonWords: words('verklaring|persbericht|woordvoerder|woordvoerster|zegsman|zegsvrouw|persvoorlichter|voorlichter'),
  bodyWords: words(
    'ministerie|bedrijf|onderneming|regering|kabinet|politie|gemeente|provincie|bank|partij|club|rechtbank|organisatie|instelling|ziekenhuis|universiteit|vakbond|bond|inspectie|brandweer|concern|vereniging|stichting|omroep|luchtvaartmaatschappij|toezichthouder|justitie|marechaussee|waterschap|fabrikant|supermarktketen|keten',
  ),
  indefiniteArticles: words('een'),
  numberWords: { een: 1, 'één': 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, twaalf: 12, twintig: 20, honderd: 100 },
  labelWords: words('nr|nummer|artikel|versie|vlucht|lijn|hoofdstuk|pagina|seizoen|aflevering|speelronde|ronde|etappe|fase|klas|leeftijd|snelweg|niveau|zaal|verdieping|golf|generatie|zone|sector|ios|windows|android|iphone|galaxy'),
  windowWords: words('afgelopen|laatste|komende|voorbije|volgende|eerste|vorige'),
  moneyCues: [],
  partOfWords: words('van'),
  perUnitWords: words('per|elk|ieder|per stuk'),
  notCounted: words('zijn|waren|hebben|hadden|werden|worden|al|nog|meer|minder|voor|na|volgens|eerder|later'),
  tollWords: words('doden|gewonden|vermisten|slachtoffers|overleden'),
  restateWords: words("ofwel|oftewel|of|dat is"),
};
