import type { LanguagePack } from './language-pack.js';

const words = (s: string): string[] => s.split('|');

/** English. */
export const en: LanguagePack = {
  code: 'en',
  junkLines: [
    /^(read more|related|see also|also read|more on this|recommended)\s*:/i,
    /^advertisement$/i,
    /\bnewsletter\b.*\b(free|sign up|subscribe)\b/i,
    /^(share|subscribe)( this| now| on| to)?\b.{0,40}$/i,
    /^(photo|image|picture)\s*(credit)?\s*:/i,
    /^\(?(published|updated|posted|first published|last updated)\b.{0,60}$/i,
    /^[Bb][Yy]\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:[-|,•]|and)\s*[^.!?]{0,90})?$/u,
    /^(sign in|log in|skip to (main )?content|close|caption|advert|loading( content)?\s*\.*)$/i,
    /^image \d+ of \/? ?\d+$/i,
    /\((?:AP |Reuters |AFP |Getty )?(?:photo|image|picture|credit)s?\b[^)]*\)$/i,
    /\bcredit:\s*[^.]{1,60}$/i,
    /^.{0,80}\bclick(?:ing)? here\b.{0,80}$/i,
    /^(continue reading|story continues) below$/i,
    /^(copyright\s*)?©/i,
    /\ball rights reserved\.?$/i,
    /^[\w.+-]+@[\w-]+\.[\w.]+$/,
    /^(twitter|facebook|instagram)\.com\/\S+$/i,
    /^.{0,60}\buses? cookies\b.{0,120}$/i,
    /^(like|enjoy(ed)?) this (story|article)\?/i,
    /^want more\b.{0,40}\?$/i,
    /^sign up (for|to)\b.{0,120}$/i,
    /^.{0,80}\bfollow (us|him|her|me)\b.{0,40}\b(twitter|facebook|instagram)\b.{0,60}$/i,
    /^(don'?t miss|see more|more|most read|more from \S+( \S+)?|you may also like|trending|latest|popular|tags)\s*[:.…|]*$/i,
    /^tags\s*[:|]/i,
    /^((share|tweet|whatsapp|facebook|twitter|pinterest|pint|linkedin|email|e-mail|reddit|print|telegram|messenger|flipboard|baixar|download)\b[\s|,·•]*){2,}$/i,
    /^already (a |an )?(subscriber|member)\b.{0,40}$/i,
    /^(subscribe|sign in|log in|register)( now)? to (continue|keep) reading\b/i,
  ],
  stopwords: words(
    'the|and|of|to|in|is|that|for|was|with|on|said|it|he|his|by|at|from|as|have|has|be|are|this|which|were|not|but|they|an|will|who|would|had|their|been|its|after|she|her|more|than|about|also|we|a|but|if|so|or|when|while|then|there|these|those|however|meanwhile|yet|because|although|since|during|before',
  ),
  abbreviations: words(
    'mr|mrs|ms|dr|prof|sr|jr|st|gen|col|lt|sgt|capt|gov|sen|rep|rev|hon|no|vs|etc|e.g|i.e|inc|ltd|co|corp|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|u.s|u.k|u.n|a.m|p.m|approx|est|fig|dept|univ',
  ),
  speechVerbs: words(
    'said|says|say|told|tells|added|adds|stated|states|explained|explains|warned|warns|noted|notes|wrote|writes|insisted|insists|argued|argues|declared|declares|announced|announces|claimed|claims|confirmed|confirms|stressed|stresses|replied|replies|continued|continues|asked|asks|described|describes|tweeted|posted|concluded|admitted|admits|acknowledged|recalled|urged|urges|predicted|told reporters|said in a statement',
  ),
  pronounVerbs: [],
  accordingTo: words('according to'),
  pronouns: words('he|she'),
  titles: words(
    'president|vice|prime|minister|secretary|general|secretary-general|chancellor|chief|executive|ceo|cfo|chair|chairman|chairwoman|chairperson|director|spokesman|spokeswoman|spokesperson|governor|mayor|senator|sen|rep|representative|congressman|congresswoman|ambassador|commissioner|commander|gen|general|admiral|colonel|col|lt|lieutenant|sgt|sergeant|captain|capt|officer|official|head|leader|founder|analyst|economist|professor|prof|dr|doctor|mr|mrs|ms|miss|sir|dame|lord|lady|king|queen|prince|princess|pope|judge|justice|attorney|deputy|foreign|defence|defense|finance|interior|health|state|former|acting|senior|top|new|chief-executive|premier|pm|mp|manager|coach|captain|striker|president-elect',
  ),
  nameParticles: words('van|von|der|den|de|da|du|del|della|dos|das|bin|binti|al|el|la|le|ter|ten|di'),
  nounsCapitalized: false,
  fillers: words('also|has|had|have|later|then|previously|earlier|once|again|further'),
  namingCues: words(
    'film|movie|book|novel|song|album|show|series|newspaper|magazine|paper|daily|operation|slogan|nickname|nicknamed|dubbed|called|so-called|titled|entitled|named|known as|term|phrase|word|campaign|hashtag|brand|programme|program|play|documentary|headline',
  ),
  number: { decimal: '.', group: [','] },
  scales: {
    thousand: 1e3, k: 1e3, million: 1e6, millions: 1e6, m: 1e6, mn: 1e6, mln: 1e6,
    billion: 1e9, billions: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12,
  },
  currencies: {
    dollar: 'USD', dollars: 'USD', 'us dollars': 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
    'pounds sterling': 'GBP', yen: 'JPY', yuan: 'CNY', rupiah: 'IDR', ringgit: 'MYR', rupees: 'INR', rubles: 'RUB', roubles: 'RUB',
  },
  percentWords: words('percent|per cent|pc|percentage points|percentage point'),
  units: {
    kilometre: 'km', kilometres: 'km', kilometer: 'km', kilometers: 'km', mile: 'mi', miles: 'mi',
    metre: 'm', metres: 'm', meter: 'm', meters: 'm', kilogram: 'kg', kilograms: 'kg', kilo: 'kg', kilos: 'kg',
    tonne: 't', tonnes: 't', ton: 't', tons: 't', hectare: 'ha', hectares: 'ha', acre: 'acre', acres: 'acre',
    megawatt: 'MW', megawatts: 'MW', gigawatt: 'GW', gigawatts: 'GW', litre: 'l', litres: 'l', liter: 'l', liters: 'l',
    barrel: 'bbl', barrels: 'bbl', degrees: '°', feet: 'ft', foot: 'ft', inches: 'in',
  },
  approxWords: words(
    'more than|over|about|around|roughly|nearly|almost|approximately|some|up to|at least|less than|fewer than|close to|just over|just under|an estimated|estimated|as many as|as much as|upwards of|under|below|above|circa|at most',
  ),
  rangeWords: words('to|or|and'),
  calendarWords: words(
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec',
  ),
  timeWords: words("a.m|p.m|am|pm|o'clock|gmt|utc|bst|edt|pst"),
  ordinalSuffix: /^(st|nd|rd|th)\b/i,
  ordinalPrefix: null,
  figureLinks: words('of|from|in|at|on'),
};
