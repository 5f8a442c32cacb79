import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../src/summarize/index.js';

const quotesOf = (text: string, lang: string) => summarizeArticle(text, { lang, title: null }).quotes;
const speakerOf = (text: string, lang: string, words: string) => quotesOf(text, lang).find((q) => q.text.startsWith(words))?.speaker;

describe('who is spoken to is not the speaker', () => {
  it('"X, a long apposition, told Channel Four that … “…”" never credits Channel Four', () => {
    const text =
      'Tomas Brandt, a senior analyst at Northgate, the London-based consultancy that studies ports, told Channel Four in March that the plan was “badly designed from the very first day.”';
    expect(speakerOf(text, 'en', 'badly designed')).not.toBe('Channel Four');
  });

  it('a plain "X told Y: “…”" still credits X', () => {
    const text = 'Tomas Brandt told Channel Four: “The plan was badly designed from the very first day.”';
    expect(speakerOf(text, 'en', 'The plan')).toBe('Tomas Brandt');
  });
});

describe('a name inside the reported content is not the speaker', () => {
  it('en: "said that the Danish ministry’s claim is “…”" is not credited to "Danish"', () => {
    const text = 'A resident who asked not to be named said that the Danish and Dutch ministry’s claim is “completely and utterly untrue.”';
    expect(speakerOf(text, 'en', 'completely')).toBeNull();
  });

  it('id: "mengatakan bahwa Menteri X …" does not credit the minister', () => {
    const text = 'Seorang warga mengatakan bahwa Kementerian Perhubungan “sama sekali tidak pernah datang ke desa kami.”';
    expect(speakerOf(text, 'id', 'sama sekali')).toBeNull();
  });
});

describe('quoted words after an article are a term', () => {
  it('en: "a “phase two” agreement" is not a quote with a speaker', () => {
    const text = 'A "phase two" agreement between Canada and Mexico was meant to be signed in May, officials said. Trade ministers met twice.';
    const quotes = quotesOf(text, 'en');
    expect(quotes.filter((q) => q.text === 'phase two' && (q.speaker || q.key))).toEqual([]);
  });

  it('de: "ein „Sondervermögen“" is not key speech', () => {
    const text = 'Die Regierung plant ein „Sondervermögen“ für die Bahn, sagte Finanzminister Jens Albrecht am Montag.';
    expect(quotesOf(text, 'de').filter((q) => q.key)).toEqual([]);
  });
});

describe('names inside quotes do not name the speaker', () => {
  it('an addressed name ("“Wahai Aslam, …”") is not who a later "Aslam" stands for, nor does it credit the quote', () => {
    const text =
      'Umar bin Khalid ra berkata, “Wahai Aslam, janganlah rasa cintamu berlebihan dan jangan sampai bencimu membinasakan.” Aslam berkata, “Bagaimana itu?”';
    const quotes = quotesOf(text, 'id');
    expect(quotes.map((q) => q.speaker)).not.toContain('Wahai Aslam');
    expect(speakerOf(text, 'id', 'Wahai Aslam')).not.toBe('Aslam');
  });

  it('a sentence introducing the next quote ("“A.” X berkata, “B”") credits B, not A', () => {
    const text = 'Seorang guru berkata, “Belajarlah setiap hari tanpa henti.” Budi Santoso berkata, “Bagaimana caranya?”';
    expect(speakerOf(text, 'id', 'Belajarlah')).not.toBe('Budi Santoso');
    expect(speakerOf(text, 'id', 'Bagaimana')).toBe('Budi Santoso');
  });
});

describe('pronouns after a speaker named by one word', () => {
  it('"Lamont said … “…,” he said" resolves he to Lamont when Lamont is the subject of several sentences', () => {
    const text = [
      'Lamont opened the rally early. “We are going up and they are going down,” Lamont said.',
      'Lamont then turned to the budget. “Give me a big win tonight, please,” he said later.',
    ].join('\n\n');
    expect(speakerOf(text, 'en', 'Give me')).toBe('Lamont');
  });

  it('a pronoun never resolves to a country', () => {
    const text = ['Officials from the United Kingdom arrived on Monday. The United Kingdom wants a deal.', '“We will sign it next week,” he said.'].join(
      '\n\n',
    );
    expect(speakerOf(text, 'en', 'We will sign')).not.toBe('United Kingdom');
  });
});

describe('the end of an organisation’s name is not a speaker', () => {
  it('"the People’s Courier warned that …" does not credit "Courier"', () => {
    const text = 'On Monday, the People’s Courier, the mouthpiece of the party, warned that there is “absolutely no room for compromise”.';
    expect(speakerOf(text, 'en', 'absolutely')).toBeNull();
  });

  it('"the High Commissioner for Human Rights said" does not credit "Rights"', () => {
    const text = 'The United Nations High Commissioner for Human Rights said the decision did "not change international law in any way at all".';
    expect(speakerOf(text, 'en', 'not change')).toBeNull();
  });

  it('"States" in "United States" is not the verb "states"', () => {
    const text = 'The president said the signing would take place in United States “farm country,” but officials were reluctant.';
    expect(quotesOf(text, 'en').map((q) => q.speaker)).not.toContain('United');
  });
});

describe('the credit after a quote is the speech verb with a name', () => {
  it('"“…” announced in May, said X" credits X, not whoever spoke before', () => {
    const text = [
      'Senator Paula Grant opened the hearing.',
      '"The minister wants a bigger deal with Brazil, bigger than the little deal" announced in May, said Derek Holm, a trade scholar at the institute.',
    ].join('\n\n');
    expect(speakerOf(text, 'en', 'The minister wants')).toBe('Derek Holm');
  });
});

describe('a body after a preposition is not the speaker', () => {
  it('"one user on Kuaishou, …, posted: “…”" credits nobody', () => {
    const text = 'One user on Kuaishou, which is a video platform, posted: “I just want to know how these two people came to the capital at all?”';
    expect(speakerOf(text, 'en', 'I just want')).toBeNull();
  });

  it('"said X" after an unnamed subject still names X for a later pronoun', () => {
    const text = [
      'Phones have seen higher prices, too, said Mary Okafor, a university economist.',
      '"About a third of the imports are phones and other devices from abroad," she said.',
    ].join(' ');
    expect(speakerOf(text, 'en', 'About a third')).toBe('Mary Okafor');
  });

  it('a plural role joined to another ("Singer-guitarists Tom Reed and …") is stripped', () => {
    const text = 'Singer-guitarists Tom Reed and Paul Hale will tour in the spring. “We are truly excited about this tour,” Reed said.';
    expect(speakerOf(text, 'en', 'We are truly')).toBe('Tom Reed');
  });
});

describe('quote marks seen in real copy', () => {
  it('two single closing marks close a double opening one (“…,’’ X said)', () => {
    const text = '“It was an attempt to mislead the voters,’’ Anna Kovacs, head of a fact-checking site, told the radio. “It is sad.”';
    const quotes = quotesOf(text, 'en');
    expect(quotes[0]?.text).toBe('It was an attempt to mislead the voters');
    expect(quotes[0]?.speaker).toBe('Anna Kovacs');
  });

  it('a company after "for" in an apposition is not the speaker', () => {
    const text = [
      'The Norvik Alarmis system links monitors to phones.',
      'Steve Mellor, Senior Vice President of Sales for Norvik, Inc., says: “Alarm management continues to be a high focus for hospitals.”',
    ].join('\n\n');
    expect(speakerOf(text, 'en', 'Alarm management') ?? '').not.toMatch(/Norvik/);
  });
});

describe('more Indonesian speech verbs', () => {
  it('"Presiden X menandaskan, “…”" credits X', () => {
    const text = 'Presiden Joko Santoso menandaskan, “Dari mimbar ini saya tegaskan bahwa kita tidak akan mundur sedikit pun.”';
    expect(speakerOf(text, 'id', 'Dari mimbar')).toBe('Joko Santoso');
  });
});

describe('fragments after an article stay quotes unless they modify a noun', () => {
  it('"iOS is the “best system for business,” Cook said" keeps the fragment with its speaker', () => {
    const text = 'Apple chief Tim Cook spoke on Monday. Cook said iOS is the “best mobile system for business.”';
    expect(speakerOf(text, 'en', 'best mobile system')).toBe('Tim Cook');
  });
});

describe('words after a speech verb that follows its subject are what was said', () => {
  it('"The agency said the US decision did “…”" does not credit "US"', () => {
    const text = 'The Chief Inspector for Prison Standards said the UK decision did “not change the law in any way at all”.';
    expect(speakerOf(text, 'en', 'not change')).not.toBe('UK');
  });

  it('a verb opening its clause still takes the name after it ("Dijo el presidente: «…»")', () => {
    const text = 'Dijo el presidente del Gobierno, Pedro Sánchez: «No vamos a subir los impuestos este año».';
    expect(speakerOf(text, 'es', 'No vamos')).toBe('Pedro Sánchez');
  });
});

describe('a body named after an article is not what "he" means', () => {
  it('"The Rolling Pebbles announced …" then "“…,” he said" does not credit the band', () => {
    const text = [
      'The Rolling Pebbles announced the tour on Monday.',
      'Simmons teed up the cameo. “You might remember him from his own band these days,” he said.',
    ].join('\n\n');
    expect(speakerOf(text, 'en', 'You might')).not.toBe('Rolling Pebbles');
  });

  it('the body itself is still credited with its own statement', () => {
    const text = '“We will add twelve new dates to the tour next spring,” the Rolling Pebbles announced.';
    expect(speakerOf(text, 'en', 'We will add')).toBe('Rolling Pebbles');
  });
});
