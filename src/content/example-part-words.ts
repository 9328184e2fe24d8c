// The labels of an answer in parts (advice on answering, then an example answer) in the languages
// banks are written in, as in model/labels-closing.ts: each language's own words, English's in
// example-part.ts. Spaces stand for any run of spaces.

interface PartWords {
  /** Labels naming an example answer ("Beispielantwort", "回答例"). */
  example: string[];
  /** Labels naming advice on answering ("Wie antworten", "答え方"). */
  advice: string[];
  /** A bare "example": the example's label only where the advice is labelled too. */
  bare: string[];
}

const WORDS: Record<string, PartWords> = {
  es: {
    example: ['respuesta de ejemplo', 'ejemplo de respuesta', 'respuesta modelo', 'respuesta sugerida', 'posible respuesta'],
    advice: ['cómo responder', 'cómo contestar', 'consejos', 'qué busca el entrevistador'],
    bare: ['ejemplo'],
  },
  pt: {
    example: ['exemplo de resposta', 'resposta de exemplo', 'resposta modelo', 'resposta sugerida', 'possível resposta'],
    advice: ['como responder', 'dicas', 'o que o entrevistador procura'],
    bare: ['exemplo'],
  },
  fr: {
    example: ['exemple de réponse', 'réponse type', 'réponse modèle', 'réponse possible', 'réponse suggérée'],
    advice: ['comment répondre', 'conseils', 'ce que le recruteur attend'],
    bare: ['exemple'],
  },
  de: {
    example: ['beispielantwort', 'musterantwort', 'antwortbeispiel', 'mögliche antwort'],
    advice: ['wie antworten', 'so antworten sie', 'so antwortest du', 'tipps', 'worauf interviewer achten'],
    bare: ['beispiel'],
  },
  it: {
    example: ['risposta di esempio', 'esempio di risposta', 'risposta modello', 'possibile risposta'],
    advice: ['come rispondere', 'consigli'],
    bare: ['esempio'],
  },
  ru: {
    example: ['пример ответа', 'образец ответа', 'примерный ответ'],
    advice: ['как отвечать', 'как ответить', 'советы', 'что хочет услышать интервьюер'],
    bare: ['пример'],
  },
  uk: {
    example: ['приклад відповіді', 'зразок відповіді'],
    advice: ['як відповідати', 'як відповісти', 'поради'],
    bare: ['приклад'],
  },
  pl: {
    example: ['przykładowa odpowiedź', 'przykład odpowiedzi', 'wzorcowa odpowiedź'],
    advice: ['jak odpowiedzieć', 'jak odpowiadać', 'wskazówki'],
    bare: ['przykład'],
  },
  tr: {
    example: ['örnek cevap', 'örnek yanıt'],
    advice: ['nasıl cevaplanmalı', 'nasıl yanıtlanmalı', 'nasıl cevap verilir', 'ipuçları'],
    bare: ['örnek'],
  },
  zh: {
    example: ['示例回答', '回答示例', '参考回答', '范例回答', '示范回答', '範例回答', '參考回答'],
    advice: ['如何回答', '怎么回答', '回答思路', '答题思路', '回答技巧', '如何回應', '答題思路'],
    bare: ['示例', '范例', '範例'],
  },
  ja: {
    example: ['回答例', '解答例', '模範解答', '模範回答', '回答の例'],
    advice: ['答え方', '回答のポイント', '回答のコツ'],
    bare: ['例'],
  },
  ko: {
    example: ['예시 답변', '답변 예시', '모범 답안', '모범 답변', '예상 답변'],
    advice: ['답변 방법', '답변 요령', '답변 팁', '답변 가이드'],
    bare: ['예시'],
  },
  vi: {
    example: ['câu trả lời mẫu', 'ví dụ câu trả lời', 'gợi ý trả lời', 'trả lời mẫu'],
    advice: ['cách trả lời', 'mẹo trả lời'],
    bare: ['ví dụ'],
  },
  id: {
    example: ['contoh jawaban', 'jawaban contoh'],
    advice: ['cara menjawab', 'tips menjawab'],
    bare: ['contoh'],
  },
  hi: {
    example: ['उदाहरण उत्तर', 'नमूना उत्तर', 'आदर्श उत्तर'],
    advice: ['कैसे उत्तर दें', 'कैसे जवाब दें', 'सुझाव'],
    bare: ['उदाहरण'],
  },
  ar: {
    example: ['إجابة نموذجية', 'مثال على الإجابة', 'مثال للإجابة', 'نموذج إجابة'],
    advice: ['كيف تجيب', 'كيفية الإجابة', 'نصائح'],
    bare: ['مثال'],
  },
};

/** A label of one of these phrases alone, perhaps closed by a colon or a full stop. */
function alone(pick: (w: PartWords) => string[]): RegExp {
  const phrases = Object.values(WORDS).flatMap(pick).map((p) => p.replace(/ /g, '\\s+'));
  return new RegExp(`^\\s*(?:${phrases.join('|')})\\s*[:：.。]?\\s*$`, 'iu');
}

/** "Beispielantwort", "Пример ответа", "回答例": an example answer's label in a bank's language. */
export const EXAMPLE_WORDS = alone((w) => w.example);
/** "Wie antworten", "Как отвечать", "答え方": advice on answering, labelled in a bank's language. */
export const ADVICE_WORDS = alone((w) => w.advice);
/** "Beispiel", "Пример", "例": an example answer's label where the advice is labelled too. */
export const BARE_WORDS = alone((w) => w.bare);
