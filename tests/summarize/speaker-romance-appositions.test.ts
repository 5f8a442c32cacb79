import { describe } from 'vitest';
import { creditsSpeakers } from '../helpers/speaker-cases.js';

describe('a clause opening on a preposition right after a name and its comma is where that person works, not a subject', () => {
  creditsSpeakers([
    [
      'es',
      'Los alquileres suben. La economista Rosa Prado, de la Universidad de Mirasol, cree que los precios bajarán «de forma lenta» este año.',
      ['Rosa Prado'],
    ],
    ['pt', 'As ações caíram 4%. Para o analista Tiago Lemos, da corretora Farol Capital, a venda "veio tarde demais".', ['Tiago Lemos']],
  ]);
});
