import type { LanguagePack } from './language-pack.js';

const words = (s: string): string[] => s.split('|');

/** French. */
export const fr: LanguagePack = {
  code: 'fr',
  junkLines: [
    /^(lire aussi|à lire aussi|voir aussi|sur le même sujet|lire la suite)\b/i,
    /^publicité$/i,
    /\bnewsletter\b.*\b(gratuit|gratuite|inscri|abonne)/i,
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
    'a déclaré|a dit|a affirmé|a ajouté|a expliqué|a indiqué|a souligné|a assuré|a estimé|a précisé|a averti|a annoncé|a confié|a lancé|a martelé|a reconnu|a insisté|déclare|dit|affirme|ajoute|explique|indique|souligne|assure|estime|précise|avertit|annonce|confie|lance|martèle|reconnaît|insiste|déclarait|disait|affirmait|expliquait|a-t-il dit|selon',
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
  titles: words(
    'commandant|coordinateur|coordinatrice|responsable|dirigeant|dirigeante|préfet|préfète|adjoint|adjointe|chercheur|chercheuse|avocat|avocate|université|institut|président|présidente|premier|première|ministre|secrétaire|général|générale|chef|cheffe|directeur|directrice|porte-parole|maire|député|députée|sénateur|sénatrice|ambassadeur|ambassadrice|commissaire|général|professeur|docteur|dr|m|mme|monsieur|madame|roi|reine|pape|ancien|ancienne|patron|patronne|pdg|président-directeur|analyste|économiste|entraîneur|sélectionneur|affaires|étrangères|défense|intérieur|économie',
  ),
  conjunctions: words('et'),
  places: words('ue|europe|paris|bruxelles|moscou|kiev|kyiv|washington|pékin|londres|berlin|bretagne|normandie|occitanie|île-de-france|provence|québec'),
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
  units: { 'kilomètres': 'km', 'kilomètre': 'km', 'mètres': 'm', 'mètre': 'm', kilogrammes: 'kg', kilos: 'kg', tonnes: 't', tonne: 't', hectares: 'ha', 'mégawatts': 'MW', litres: 'l', 'degrés': '°' },
  approxWords: words(
    'plus de|près de|environ|presque|quelque|quelques|au moins|moins de|jusqu\'à|pas moins de|autour de|quasiment|approximativement|au bas mot',
  ),
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
};
