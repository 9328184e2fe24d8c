// Words naming a bank of interview questions, in the languages banks are written in.
const BANK_WORDS = /\b(?:interview|questions|Q&A|preguntas|entrevista|perguntas|questions d['’]entretien|entretien|fragen|vorstellungsgespräch|domande|colloquio|вопросы|собеседовани)/iu;

/** A line that names a bank as a title does (`Container Interview Questions: A Full Guide`): those words, one line, no sentence, no question. */
export function namesBank(text: string): boolean {
  return text.length <= 100 && !text.includes('\n') && BANK_WORDS.test(text) && !/[.:：?？!]$/.test(text);
}

/** A heading's words naming a bank (`Container Interview Guide` over its first group), whatever ends them. */
export const bankWords = (text: string): boolean => BANK_WORDS.test(text);
