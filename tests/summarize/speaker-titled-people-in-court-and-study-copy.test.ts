import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

/** Made-up sentences for people named with titles in inquest, court and research copy. */
describe('a coroner named once, then called by the role and a pronoun', () => {
  // "coroner" is a title like "judge"; the court's name ("Coroner's Court") holds the word but is no use of the role, so the
  // person named after the court is not who "the coroner" means.
  creditsSpeakers([
    [
      'en',
      para(
        'Area coroner Dr Janet Ellery-Hughes gave a narrative conclusion at Truro Coroner’s Court on Monday into the death of Owen Pascoe, who fell from a cliff path.',
        '"The path was closed for good reason," the coroner said.',
        'She said she would write to the landowner. "Fences are only part of the answer," she said.',
      ),
      ['Janet Ellery-Hughes', 'Janet Ellery-Hughes'],
    ],
  ]);
});

describe('two people each named with a title, then credited together', () => {
  // "Dr A and Professor B … the two researchers said": the names are read where they start, past their titles, so the
  // conjunction between them links the pair.
  creditsSpeakers([
    [
      'en',
      para(
        'The report was published by Exeter University. Its authors, Dr Nadia Okafor and Professor Willem van der Berg, presented it in London.',
        '"We did not expect the decline to be this steep," the two researchers said.',
      ),
      ['Nadia Okafor and Willem van der Berg'],
    ],
  ]);
});

describe('a pair credited together, with a body named between them', () => {
  // "…, Datuk X, dan Setiausaha Agung Majlis Y, Dr Z": the words after the body's noun end its name, no person of a pair;
  // "kata mereka" then is the two people credited together before.
  creditsSpeakers([
    [
      'ms',
      para(
        '"Harga gula mesti dikawal," kata Presiden Persatuan Peniaga Kecil Utara, Datuk Hashim Yaakob, dan Setiausaha Agung Majlis Peruncit Nasional, Dr Siti Rohana Ismail, dalam satu kenyataan bersama.',
        '"Kami mahu tindakan segera," kata mereka.',
      ),
      ['Hashim Yaakob dan Siti Rohana Ismail', 'Hashim Yaakob dan Siti Rohana Ismail'],
    ],
  ]);
});

describe("a court's ruling quoted with no author named with it", () => {
  // "señala la sentencia", "the judgment said": the ruling speaks for the court the article named, not for the defendant or a
  // lawyer named since, nor for the court's bare noun used since ("El tribunal le impone …").
  creditsSpeakers([
    [
      'es',
      para(
        'La Audiencia Provincial de Cádiz ha condenado a cuatro años de prisión a Ernesto Villalba Cuesta, exdirector de una residencia de mayores.',
        'El tribunal le impone además una multa. Villalba escuchó la lectura sin inmutarse. «El acusado se apropió de las pensiones de los residentes de forma continuada», señala la sentencia.',
      ),
      ['Audiencia Provincial de Cádiz'],
    ],
    [
      'en',
      para(
        'The Court of Appeal has upheld a fine of £2m against Northgate Water. Its chief executive, Ann Carter, said she was disappointed.',
        '"The company ignored repeated warnings from its own engineers," the judgment said.',
      ),
      ['Court of Appeal'],
    ],
    // "schrijft de rechter in het vonnis": the judge the article never names writes for the court, by its name or its noun.
    [
      'nl',
      para(
        'De rechtbank Zeeland-West-Brabant heeft de provincie in het ongelijk gesteld. Stichting Schone Schelde kreeg gelijk.',
        '"De provincie heeft de gevolgen voor de natuur nooit onderzocht", schrijft de rechter in het vonnis.',
      ),
      ['rechtbank Zeeland-West-Brabant'],
    ],
    [
      'nl',
      para('Breda. De rechtbank gaf de bewonersvereniging Groen Ginneken gelijk.', '"Het plan is onvoldoende onderbouwd", schrijft de rechter in het vonnis.'),
      ['rechtbank'],
    ],
  ]);
});

describe('a Dutch family word in apposition marks the gender a later pronoun looks for', () => {
  // "de zus van het slachtoffer, Ilse …": a woman, whom "zei ze" means, though a man spoke just before.
  creditsSpeakers([
    [
      'nl',
      para(
        'De verdachte, Ruud Verhoef, zei in zijn laatste woord spijt te hebben. "Ik had nooit naar dat feest moeten gaan", zei Verhoef.',
        'Daarna las de zus van het slachtoffer, Sanne Mulder, een brief voor. "Mijn broer was een lieve jongen", zei ze.',
      ),
      ['Ruud Verhoef', 'Sanne Mulder'],
    ],
  ]);
});
