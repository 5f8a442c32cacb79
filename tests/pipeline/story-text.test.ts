import { describe, expect, it } from 'vitest';
import { itemText, storyText } from '../../src/pipeline/index.js';
import { summarizeArticle } from '../../src/summarize/index.js';

const body = [
  'The regulator said on Monday that the average household bill would go up by £96 from April, after companies asked for more to fix leaking pipes.',
  'Consumer groups called the rise unfair. Ministers said the money had to be spent on sewage works that have been neglected for years.',
].join('\n\n');

describe('story text from a feed description and a body', () => {
  it('joins a standfirst without a full stop at a sentence boundary, so the gist never glues them', () => {
    const text = storyText('Water bills in England and Wales will rise by a fifth next year', body);
    expect(text.startsWith('Water bills in England and Wales will rise by a fifth next year.\n\nThe regulator said')).toBe(true);
    const { gist } = summarizeArticle(text, { lang: 'en', title: 'Water bills to rise by a fifth' });
    expect(gist.join(' ')).not.toMatch(/next year The regulator/);
    for (const sentence of gist) expect(sentence).toMatch(/[.!?]$/);
  });

  it('keeps a standfirst that ends in a question or a quote as it is', () => {
    expect(storyText('Who pays for the pipes?', body).split('\n\n')[0]).toBe('Who pays for the pipes?');
    expect(storyText('“We cannot wait any longer,” the minister said.', body).split('\n\n')[0]).toBe('“We cannot wait any longer,” the minister said.');
  });

  it('uses the body alone when it repeats the description, even cut short or with other punctuation', () => {
    expect(storyText('The regulator said on Monday that the average household bill would go up by £96…', body)).toBe(body);
    expect(storyText('the regulator said on monday that the average household bill', body)).toBe(body);
  });

  it('uses the description alone when the body says no more than it', () => {
    const description = `Water bills will rise by a fifth. ${body}`;
    expect(storyText(description, body.split('\n\n')[0]!)).toBe(description);
    expect(storyText('Water bills will rise by a fifth next year', 'Water bills will rise')).toBe('Water bills will rise by a fifth next year.');
  });

  it('drops a "Continue reading..." line that only points on', () => {
    expect(storyText('Water bills will rise by a fifth next year\n\nContinue reading...', body)).toBe(`Water bills will rise by a fifth next year.\n\n${body}`);
  });

  it('either part alone is the text', () => {
    expect(storyText('', body)).toBe(body);
    expect(storyText('Only a teaser', '')).toBe('Only a teaser.');
  });
});

describe("an item's own text", () => {
  it('keeps the line breaks of a plain-text description as sentence breaks', () => {
    const description = 'Water bills will rise by a fifth next year\nThe regulator said on Monday that costs &amp; rates rise';
    expect(itemText({ summary: description, html: description })).toBe(
      'Water bills will rise by a fifth next year.\n\nThe regulator said on Monday that costs & rates rise.',
    );
  });

  it('puts the description before full content that does not repeat it', () => {
    expect(itemText({ summary: '<p>Standfirst of the story</p>', html: '<p>First paragraph.</p><p>Second one.</p>' })).toBe(
      'Standfirst of the story.\n\nFirst paragraph.\n\nSecond one.',
    );
    expect(itemText({ summary: null, html: null })).toBe('');
  });
});
