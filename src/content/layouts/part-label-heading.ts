// A heading naming only which half of a group it holds: its questions or their answers, in the
// languages banks are written in (`### Preguntas` over the list, `### Respuestas` over the answers).
const PART_LABEL =
  /^[\p{P}\p{S}\s]*(?:questions?|answers?|questions?\s*(?:&|and)\s*answers?|q\s*&\s*a|preguntas|respuestas|preguntas y respuestas|perguntas|respostas|perguntas e respostas|fragen|antworten|fragen und antworten|réponses|questions et réponses|domande|risposte|domande e risposte|вопросы|ответы|вопросы и ответы|питання|відповіді|питання та відповіді|问题|答案|问题与答案|質問|回答|질문|답변)[\p{P}\p{S}\s]*$/iu;

/**
 * Whether a heading's words only say that it holds a group's questions or answers (`Respuestas`,
 * `Answers:`): under a group's heading, the section is that group (`Generales`), not "Generales — Respuestas".
 */
export function namesPartOnly(text: string): boolean {
  return PART_LABEL.test(text.trim());
}
