import type { LanguagePack } from './language-pack.js';

const words = (s: string): string[] => s.split('|');

/** French. */
export const fr: LanguagePack = {
  code: 'fr',
  junkLines: [
    /^(lire aussi|à lire aussi|voir aussi|sur le même sujet|lire la suite)\b/i,
    /^publicité$/i,
    /\bnewsletter\b.*\b(gratuit|gratuite|inscri|abonne)/i,
    /^newsletter\b.{0,40}:.{0,120}$/i,
    /^(photo|crédit photo)\s*:/i,
  ],
  nonArticleMarkers: {
    live: [/\ben direct\b/i, /^direct\s*[.:|–—-]/i, /\bminute par minute\b/i],
    quiz: [/\bquiz\s*(?:[:|–—-]|$)/i, /\ble quiz (?:de|du)\b/i, /\btestez vos connaissances\b/i],
    correction: [/^(?:rectificatif|erratum)\b/i],
  },
  stopwords: words(
    'le|la|les|de|des|du|et|en|un|une|est|que|qui|dans|pour|pas|sur|au|avec|il|ce|par|plus|sont|ont|aux|été|mais|elle|ses|son|leur|selon|cette|nous|a',
  ),
  abbreviations: words(
    'm|mm|mme|mmes|mlle|dr|pr|st|ste|etc|av|apr|env|n°|no|janv|févr|avr|juil|sept|oct|nov|déc|p.ex|cf',
  ),
  speechVerbs: words(
    'a déclaré|a dit|a affirmé|a ajouté|a expliqué|a indiqué|a souligné|a assuré|a estimé|a précisé|a averti|a annoncé|a confié|a lancé|a martelé|a reconnu|a insisté|déclare|dit|affirme|ajoute|explique|indique|souligne|assure|estime|précise|avertit|annonce|confie|lance|martèle|reconnaît|insiste|déclarait|disait|affirmait|expliquait|a-t-il dit|selon|a répondu|a rappelé|a jugé|a prévenu|a poursuivi|a regretté|a déploré|a dénoncé|a fait savoir|a écrit|a commenté|a observé|a noté|a relevé|a concédé|a admis|a tranché|a résumé|a conclu|a raconté|a témoigné|a plaidé|a défendu|a argué|a réagi|a ironisé|a glissé|a lâché|a tonné|a fustigé|a détaillé|a analysé|a nuancé|a avancé|a soutenu|a confirmé|a promis|a rétorqué|a répété|a réitéré|a signalé|a mis en garde|a salué|a critiqué|a accusé|a tweeté|ont déclaré|ont affirmé|ont expliqué|ont indiqué|ont dit|ont précisé|ont assuré|ont souligné|ont ajouté|avait déclaré|avait dit|avait affirmé|avait expliqué|répond|rappelle|juge|prévient|poursuit|regrette|déplore|dénonce|fait savoir|écrit|commente|observe|relève|concède|admet|tranche|résume|conclut|raconte|témoigne|plaide|réagit|ironise|glisse|lâche|tonne|fustige|analyse|détaille|abonde|nuance|s\'inquiète|s’inquiète|se félicite|se réjouit|soutient|argue|rétorque|répète|réitère|signale|salue|critique|accuse|confirme|promet|affirment|expliquent|estiment|jugent|indiquent|assurent|soulignent|déclarent|disent|ajoutait|assurait|estimait|précisait|racontait|soulignait|insistait|confiait|déclara|affirma|ajouta|expliqua|répondit|lança|poursuivit|s\'est félicité|s’est félicité|s\'est félicitée|s’est félicitée|s\'est inquiété|s’est inquiété|s\'est inquiétée|s’est inquiétée|a-t-elle dit|savoure|sourit|soupire|souffle|rigole|plaisante|s\'exclame|s’exclame|s\'emporte|s’emporte|s\'agace|s’agace|se désole|peste|fulmine|grince|constate|tempère|relativise|positive|assume|enchaîne|se souvient|s\'indigne|s’indigne|s\'insurge|s’insurge|tacle|alerte|met en garde|jure|considère|pense|espère|souhaite|redoute|craint|a souri|a soupiré|a constaté|a tempéré|a assumé|a enchaîné|a alerté|a juré|a considéré|s\'est indigné|s’est indigné|s\'est indignée|s’est indignée|explique-t-il',
  ),
  pronounVerbs: [/^(?:a-t-(?:il|elle)\s+[\p{L}]+|[\p{L}]+-t-(?:il|elle)|[\p{L}]+-(?:il|elle))(?![\p{L}])/iu],
  addresseeVerbs: [],
  complementizers: words("que|qu'|qu’|si|comment"),
  prepositions: words("de|du|d'|d’|à|au|aux|en|pour|chez|avec|par"),
  articles: words('le|la|les|un|une|des|du'),
  accordingTo: words(
    'selon|d\'après',
  ),
  pronouns: words(
    'il|elle|lui',
  ),
  pluralPronouns: words('ils|elles'),
  pronounGenders: { 'elle': 'f', 'il': 'm' },
  genderCues: { 'mme': 'f', 'madame': 'f', 'mlle': 'f', 'mademoiselle': 'f', 'la': 'f', 'une': 'f', 'directrice': 'f', 'présidente': 'f', 'avocate': 'f', 'mère': 'f', 'fille': 'f', 'épouse': 'f', 'm': 'm', 'monsieur': 'm', 'le': 'm', 'un': 'm', 'directeur': 'm', 'président': 'm', 'avocat': 'm', 'père': 'm', 'fils': 'm', 'époux': 'm' },
  titles: words(
    'coprésident|coprésidente|coprésidents|coprésidentes|présidents|secrétaires|maires|ministres|députés|sénateurs|dirigeants|commandant|coordinateur|coordinatrice|responsable|dirigeant|dirigeante|préfet|préfète|adjoint|adjointe|chercheur|chercheuse|avocat|avocate|université|institut|président|présidente|premier|première|ministre|secrétaire|général|générale|chef|cheffe|directeur|directrice|porte-parole|maire|député|députée|sénateur|sénatrice|ambassadeur|ambassadrice|commissaire|général|professeur|docteur|dr|m|mme|monsieur|madame|roi|reine|pape|ancien|ancienne|patron|patronne|pdg|président-directeur|analyste|économiste|entraîneur|sélectionneur|affaires|étrangères|défense|intérieur|économie|juge|magistrat|magistrate|procureur|procureure|expert|experte|médecin|spécialiste|syndicaliste|vice-président|vice-présidente|joueur|joueuse|capitaine|conseiller|conseillère|lieutenant|sergent|agent|salarié|salariée|habitant|habitante|propriétaire|gérant|gérante|recteur|rectrice|élu|élue|ministre-président|colonel|délégué|déléguée|fondateur|fondatrice|édile|technicien|attaquant|gardien|ailier|demi|pilier|talonneur|arrière|buteur|manager|coach|pr|me|maître|professeure|docteure',
  ),
  conjunctions: words('et'),
  places: words('ue|europe|paris|bruxelles|moscou|kiev|kyiv|washington|pékin|londres|berlin|bretagne|normandie|occitanie|île-de-france|provence|québec'),
  placePrepositions: [],
  placeEndings: [],
  nameParticles: words('de|du|des|la|le|van|von|d'),
  nounsCapitalized: false,
  fillers: words(
    'aussi|également|a|encore|déjà|alors|ensuite',
  ),
  namingCues: words(
    'film|livre|roman|chanson|album|série|émission|journal|quotidien|magazine|opération|slogan|surnom|surnommé|surnommée|baptisé|baptisée|intitulé|intitulée|appelé|appelée|dit|terme|mot|campagne|mot-dièse|marque',
  ),
  durations: words('seconde|secondes|minute|minutes|heure|heures|jour|jours|semaine|semaines|mois|an|ans|année|années|décennie|décennies'),
  number: { decimal: ',', group: [' ', '\u00A0', '\u202F', '.'] },
  countedNounLast: false,
  countsTakePlural: false,
  pluralEndings: [],
  scales: { mille: 1e3, million: 1e6, millions: 1e6, md: 1e9, mds: 1e9, milliard: 1e9, milliards: 1e9, billion: 1e12, billions: 1e12, m: 1e6 },
  currencies: { euro: 'EUR', euros: 'EUR', dollar: 'USD', dollars: 'USD', livres: 'GBP', 'livre sterling': 'GBP', francs: 'CHF', roubles: 'RUB', yens: 'JPY' },
  percentWords: words(
    'pour cent|pourcent|points de pourcentage',
  ),
  units: { 'kilomètres par heure': 'km/h', 'kilomètres-heure': 'km/h', 'kilomètres/heure': 'km/h', 'millimètres': 'mm', 'centimètres': 'cm', 'points de base': 'pb', 'point de base': 'pb', 'mètres cubes': 'm³', 'kilomètres': 'km', 'kilomètre': 'km', 'mètres': 'm', 'mètre': 'm', kilogrammes: 'kg', kilos: 'kg', tonnes: 't', tonne: 't', hectares: 'ha', 'mégawatts': 'MW', litres: 'l', 'degrés': '°' },
  approxWords: {
    about: words("environ|quelque|autour de|approximativement|de l'ordre de|à peu près"),
    over: words('plus de|au moins|pas moins de|au bas mot'),
    under: words("moins de|près de|presque|quasiment|jusqu'à|pas plus de"),
  },
  rangeWords: words(
    'à|ou|et',
  ),
  calendarWords: words(
    'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv|févr|avr|juil|sept|oct|nov|déc',
  ),
  timeWords: words(
    'h|heures|heure',
  ),
  ordinalSuffix: /^(e|er|ère|ème|eme|nd|nde)(?![\p{L}])/u,
  ordinalPrefix: null,
  figureLinks: words(
    'de|du|des|d|à',
  ),
  spokespersonWords: words('communiqué|porte-parole|chargé de communication|chargée de communication'),
  bodyWords: words(
    'ministère|entreprise|société|groupe|gouvernement|police|gendarmerie|mairie|agence|conseil|commission|ambassade|armée|tribunal|syndicat|parti|club|banque|organisation|hôpital|université|fédération|préfecture|parquet|compagnie|constructeur|opérateur|enseigne|institution|collectivité|région|département|association|fondation|office|autorité',
  ),
  indefiniteArticles: words('un|une'),
  numberWords: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, douze: 12, vingt: 20, cent: 100 },
  labelWords: words('n°|no|numéro|article|version|vol|ligne|chapitre|page|saison|épisode|journée|tour|étape|phase|classe|âgé|âgée|âgés|âgées|autoroute|route|niveau|salle|chambre|vague|génération|zone|secteur|ios|windows|android|iphone|galaxy'),
  windowWords: words('derniers|dernières|prochains|prochaines|passés|passées|premiers|premières'),
  moneyCues: [],
  partOfWords: words('sur|des'),
  perUnitWords: words('par|le|la|chacun|chacune'),
  notCounted: words('avant|après|plus|moins|déjà|selon|sont|seraient|étaient|ont|avaient|sera|seront|chacun|chacune'),
  tollWords: words('morts|mortes|décès|blessés|disparus|victimes|tués'),
  restateWords: words("soit|ou|c'est-à-dire"),
};
