import { withoutMarks } from './summary-marks.js';

// The words banks put in front of a question and of its answer, in the languages they are written in
// (also Greek, Hindi, Bengali, Arabic, Persian, Hebrew and Thai); Vietnamese banks' `Hỏi:` over `Đáp:` too.
export const QUESTION_WORDS = 'Q|Ｑ|Ques|Question|Вопрос|Питання|Pregunta|Pergunta|Frage|Soru|Câu hỏi|Hỏi|Pertanyaan|Domanda|Pytanie|Vraag|Ερώτηση|प्रश्न|सवाल|প্রশ্ন|السؤال|سؤال|سوال|پرسش|שאלה|คำถาม|问题|問題|问|問|質問|设问|질문';
// A qualifier a bank may give its answer label: "Resposta referência:", "Respuesta sugerida:", "Model answer:"; and
// a sample answer as Japanese, Chinese, Korean and Vietnamese banks name it ("回答例：", "参考答案：", "예시 답변:", "Gợi ý trả lời:").
const QUALIFIED = '(?:Model|Sample|Reference|Expected|Suggested|Correct|Right|Interview|Spoken|Ideal)\\s+answer|Expected|Answer\\s+(?:guide|outline|notes|key\\s+points)|(?:Resposta|Respuesta)\\s+(?:de\\s+)?(?:referência|referencia|sugerida|esperada|modelo|correcta|correta|certa)|(?:Risposta|Réponse)\\s+(?:corretta|correcte|juste|possibile|possible)|Possibile\\s+risposta|Possible\\s+answer|Mögliche\\s+Antwort|Posible\\s+respuesta|Resposta\\s+possível|Bonne\\s+réponse|Richtige\\s+Antwort|Правильный\\s+ответ|Réponse\\s+(?:attendue|type)|(?:Musterantwort|Beispielantwort)|回答例|解答例|模範解答|模範回答|参考答案|参考回答|答案示例|回答示例|예시\\s*답변|답변\\s*예시|모범\\s*답안|Gợi\\s+ý\\s+trả\\s+lời|Câu\\s+trả\\s+lời\\s+mẫu';
const ANSWER_WORDS = `A|Ａ|Ans|Answer|Solution|${QUALIFIED}|Ответ|Решение|Рішення|Solución|Solução|Lösung|Відповідь|Respuesta|Resposta|Antwort|Réponse|Risposta|Antwoord|Odpowiedź|Cevap|Jawaban|Câu\\s+trả\\s+lời|Trả\\s+lời|Lời\\s+đáp|Đáp\\s+án|Đáp|Απάντηση|उत्तर|जवाब|উত্তর|الإجابة|الاجابة|إجابة|اجابة|الجواب|جواب|پاسخ|תשובה|คำตอบ|答案|回答|解答|答|답변`;
// Any script's digits: `Q1`, `Ｑ１`, Hindi `प्रश्न १`, Arabic `سؤال ١`.
const DIGITS = '\\p{Nd}{1,4}';
// A number written after a sign for "number" (`Jawaban No 1:`, `Respuesta Nº 3:`, `Antwort Nr. 4:`, `Soal #2:`).
const NUMBERED = `(?:(?:No\\.?|Nr\\.?|Nº|№|#|Nomor)\\s*)?${DIGITS}`;
// A symbol or two a bank puts before its labels (`✅ **Answer:**`, `❓ Q:`), a person's picture in a skin tone too (`🧔🏽♂ Interviewer:`).
export const MARKER = '(?:[\\p{Extended_Pictographic}\\p{So}\\p{Emoji_Modifier}\\uFE0F\\u200D]+\\s*)?';

/** Text that is only such symbols, standing before a label in a run of its own. */
export const MARKER_ONLY = /^\s*[\p{Extended_Pictographic}\p{So}\p{Emoji_Modifier}\uFE0F\u200D]+\s*$/u;

/** What a label may say of itself in brackets: `Answer (English):`, `Réponse (FR) :`. */
export const QUALIFIER = '[(（][^()（）\\n]{1,24}[)）]';

/**
 * A label of these words at the start of a paragraph: `Answer:`, `答：`, `Q3:`; with a number,
 * also `Q3.` and `Q3)`; the bare letter also as `Q.` / `A)`. Full-width letters and punctuation count
 * (`Ｑ１．` over `Ａ．`, as Japanese banks type them).
 */
function label(words: string, letter: string, typed: string): RegExp {
  return new RegExp(`^\\s*${MARKER}(?:(?:${words})\\s*(?:${NUMBERED})?\\s*(?:${QUALIFIER}\\s*)?[:：]|(?:${words})\\s*${NUMBERED}\\s*[.)．）]|${typed}|${letter}\\s*[.)．）])\\s*`, 'iu');
}

/** A question label and nothing else (`Question`, `Q:`, `Вопрос`, `Question (EN)`): a heading or a table column naming what is asked. */
export const QUESTION_WORD = new RegExp(`^\\s*(?:${QUESTION_WORDS})\\s*(?:${QUALIFIER}\\s*)?[:：.]?\\s*$`, 'iu');
/** An answer label and nothing else (`Answer`, `A:`, `Ответ`, `Model answer`, `Answer (EN)`). */
export const ANSWER_WORD = new RegExp(`^\\s*(?:${ANSWER_WORDS})\\s*(?:${QUALIFIER}\\s*)?[:：.]?\\s*$`, 'iu');

/**
 * `Q:`, `Question 3:`, `Q3)`, `问：`, `質問：` opening a paragraph; also `Q.4` as banks type it, German
 * banks' `F:` (Frage) over `A:`, and Portuguese and Spanish banks' `P:` (Pergunta, Pregunta) over `R:`.
 */
export const QUESTION_LABEL = label(QUESTION_WORDS, '[QＱ]', `Q\\s*[.．]\\s*${DIGITS}\\s*[.)：:．）]?|[FP]\\s*[:：]`);
// What a coding exercise is labelled with where a question would be (`**Task:** Write …`, `**Задача:** Напишите …`).
const TASK_WORDS = 'Task|Problem|Exercise|Challenge|Задача|Задание|Завдання|Tarea|Ejercicio|Problema|Reto|Tarefa|Exercício|Desafio|Aufgabe|Übung|Exercice|Énoncé|Görev|Soal|Tugas|题目|問題|문제|과제';
/** A task label and nothing else, perhaps numbered (`Task`, `Задача 3`, `Aufgabe:`): a box or heading naming an exercise, not asking it. */
export const TASK_WORD = new RegExp(`^\\s*(?:${TASK_WORDS})\\s*(?:#?\\s*${DIGITS})?\\s*[:：.]?\\s*$`, 'iu');
/** `Task:`, `Задача:`, `Aufgabe:` opening a paragraph: an exercise stated under a short heading, asked as a question is. */
export const TASK_LABEL = new RegExp(`^\\s*${MARKER}(?:${TASK_WORDS})\\s*[:：]\\s*`, 'iu');

/** `A:`, `Answer:`, `A.`, `答：`, `回答：` opening a paragraph; also `Ans.`, `Ans.-` and `Answer -` as banks type them, and `R:` (Resposta, Respuesta). */
export const ANSWER_LABEL = label(ANSWER_WORDS, '[AＡ]', '(?:Ans|Answer|Solution)\\s*[.．]?\\s*[-–—]\\s|Ans\\s*[.．]\\s|R\\s*[:：]');
/** `Answer:`, `Ответ:`, `答案：`, `✅ Correct answer:` opening a paragraph: a named label, never the bare `A:` an option list may start with. */
export const ANSWER_NAMED = new RegExp(`^\\s*${MARKER}(?:${ANSWER_WORDS.replace(/^A\|Ａ\|/, '')})\\s*[:：]\\s*`, 'iu');
/**
 * Lines of lettered options (`A) Link⏎B) Network`, `a. … ⏎b. …`): their `A)` is the first
 * option's letter, not an answer label.
 */
export const OPTION_LINES = /^\s*\(?a\s*[.)．）:：]\s*\S[^\n]*\n\s*\(?b\s*[.)．）:：]/iu;
/** An answer label at the start of a line inside a paragraph (`Q: … ⏎ A: …`). */
export const ANSWER_LINE = new RegExp(`\\n${ANSWER_LABEL.source.slice(1)}`, 'iu');

/** A `<summary>` that names the answer, not the question: "Answer", "Show answer", "Click to expand", "答案"; numbered too ("Answer 3", "第 3 题的答案"). */
export const ANSWER_SUMMARY =
  /^\s*(?:(?:show|see|view|reveal|click(?: here)? (?:to|for)(?: (?:see|show|view|reveal))?)(?: the)? )?(?:answers?|solutions?|explanation|expand|details)(?:\s*(?:#|No\.?)?\s*\d{1,4})?\s*[.!:…]*\s*$|^\s*(?:第\s*\d{1,4}\s*[题題]|\S{0,8})\s*(?:的)?(?:参考答案|查看答案|答案|解答|解析)\s*$/i;
/** The same in the languages translated banks use: "Ответ", "Respuesta", "Antwort", "정답", "Đáp án", "Possibile Risposta". */
export const ANSWER_SUMMARY_TRANSLATED =
  /^\s*(?:(?:показать|посмотреть|mostrar|ver|zeige|afficher|mostra|pokaż|xem)\s+)?(?:(?:possibile|possible|mögliche|posible)\s+)?(?:ответы?|відповідь|respuesta|solución|resposta|solução|antwort|lösung|réponse|risposta|soluzione|jawaban|cevap|odpowiedź|antwoord|답|정답|해답|답변|答え|đáp án|lời giải|trả lời|απάντηση|απαντήσεις|λύση|الإجابة|الاجابة|إجابة|اجابة|الجواب|جواب|الحل|پاسخ|תשובה|התשובה|उत्तर|जवाब|উত্তর|คำตอบ|เฉลย)(?:\s+(?:possibile|possible|possível|posible))?\s*[.!:…]*\s*$/iu;

/**
 * A `<summary>` that names an aside of an answer, not a question: "Example", "Show code", "Click to see the output", "Hint".
 * A bank of such blocks under question headings holds its questions in the headings.
 */
export const ASIDE_SUMMARY =
  /^\s*(?:(?:show|see|view|reveal|click(?: here)? (?:to|for)(?: (?:see|show|view|reveal))?)(?: the| an?)? )?(?:examples?|code|code sample|sample|output|result|hint|tip|note|notes|diagram|illustration|demo|example code|sample code)\s*[.!:…]*\s*$|^\s*(?:示例|例子|例|ヒント|예시|예제)\s*$/iu;

/** A summary that only says "open me" (`Show`, `Click to expand`, none at all): it names nothing for paper. */
export const SHOW_ONLY = /^[\s\p{P}\p{S}]*(?:(?:(?:click|tap)(?: here)?(?: to| for)? ?)?(?:show|see|view|reveal|expand|open|more|details)?)[\s\p{P}\p{S}]*$/iu;

/** A `<summary>` (its text) that names the answer, in any language read. */
export const answerSummary = (text: string): boolean => {
  const words = withoutMarks(text);
  return ANSWER_SUMMARY.test(words) || ANSWER_SUMMARY_TRANSLATED.test(words);
};

/**
 * A line that is only an answer label ("Ответ", "**Answer**", "答案：") heading the answer below
 * it, as note apps export a toggle: `- Ответ` with the answer indented under it.
 */
export const ANSWER_ALONE = /^\s*(?:Ans|Answer|Solution|Ответ|Відповідь|Respuesta|Antwort|Réponse|答案|回答|解答|答)\s*[:：.]?\s*$/iu;
