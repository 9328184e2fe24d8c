import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

const deck = `# Preguntas de redes

*** Estas preguntas buscan abrir una conversación. ***

## Generales

1. [¿Qué te gusta de programar?](#1)
    <div id="1" />
    ** Pregunta personal, sin respuesta única **

1. ¿Qué hace un balanceador de carga?

    ** Reparte las peticiones entre varios servidores **

\`\`\`text
** dentro de código **
\`\`\`
`;

describe('lines wrapped in spaced stars', () => {
  const d = parseDeck(deck, { file: 'bank.md', slug: 'bank' });
  // Without the soft hyphens printed into long words.
  const plain = (html: string) => html.replace(/\u00ad/g, '');
  const answers = d.sections.flatMap((s) => s.questions.map((q) => plain(q.answerHtml)));

  it('prints an intro line in *** … *** as bold italic, without its stars', () => {
    expect(plain(d.introHtml)).toContain('<em><strong>Estas preguntas buscan abrir una conversación.</strong></em>');
    expect(d.introHtml).not.toContain('*');
  });

  it('prints an answer in ** … ** as bold, under an HTML anchor too', () => {
    expect(answers[0]).toContain('<strong>Pregunta personal, sin respuesta única</strong>');
    expect(answers[1]).toContain('<strong>Reparte las peticiones entre varios servidores</strong>');
    expect(answers.join('').replace(/<pre>[\s\S]*?<\/pre>/g, '')).not.toContain('*');
  });

  it('leaves code as typed', () => {
    expect(answers[1]).toContain('** dentro de código **');
  });
});
