import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

/** Made-up sentences for how ordinary unseen copy names the body a bare spokesperson or a company's noun speaks for. */
describe('a body opening the sentence before a bare spokesperson, its own noun first', () => {
  // "The Office for Rail Standards dismissed …": "Office" heads a body's name here, no person's title, though it is one in "Office manager".
  creditsSpeakers([
    [
      'en',
      para(
        'Delays on the northern lines doubled over the winter.',
        'The Office for Rail Standards dismissed the findings. "Our inspectors visit every depot twice a year," a spokesperson said.',
      ),
      ['Office for Rail Standards'],
    ],
  ]);
});

describe("a company's noun meaning the body the article named by another noun of its kind", () => {
  // "a construtora Vale Alto" … "a empresa": one company, named without the lowercase noun heading it.
  creditsSpeakers([
    [
      'pt',
      para(
        'A construtora Vale Alto, com sede em Braga, suspendeu três obras na semana passada.',
        'Em comunicado, a empresa afirmou: "Nenhum trabalhador ficará sem salário."',
      ),
      ['Vale Alto'],
    ],
    [
      'pt',
      para(
        'A fabricante Serra Nova, com sede em Aveiro, vai fechar a fábrica de Ovar.',
        'Em nota, a companhia afirmou: "Foi uma decisão difícil, mas necessária."',
      ),
      ['Serra Nova'],
    ],
    [
      'fr',
      para(
        "L'enseigne Maison Verdier, installée à Lyon, ferme douze magasins.",
        'Dans un communiqué, la société a affirmé : « Aucun salarié ne sera licencié. »',
      ),
      ['Maison Verdier'],
    ],
    [
      'en',
      para('The retailer Kelmsby Goods, based in Leeds, is closing 40 stores.', 'In a statement, the company said: "No decision like this is taken lightly."'),
      ['Kelmsby Goods'],
    ],
  ]);
});
