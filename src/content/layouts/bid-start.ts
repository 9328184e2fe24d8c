// How a prompt opens that bids rather than asks (`Describe how you would split …`, `Объясните …`,
// `解释一下 …`): the imperatives interview banks set tasks with, in the languages they are written in.
// Narrower than a question word (`How it works` names a part of an answer; `Explain …` never does).
export const BID_START =
  /^(?:(?:explain|describe|compare|contrast|define|discuss|differentiate|distinguish|outline|walk (?:me |us )?through|tell (?:me|us) about|erkläre|erklären sie|beschreibe|beschreiben sie|explique|expliquez|explica|describa|descreva|объясни(?:те)?|опиши(?:те)?|расскажи(?:те)?|сравни(?:те)?|поясни(?:те)?)(?![\p{L}\p{N}])|(?:请?(?:解释|解釋|说明|說明|描述|简述|簡述|比较|比較|谈谈|談談|介绍|介紹)))/iu;

// The imperatives that ask for names or a list (`Name two …`, `List the …`, `Перечислите …`, `列出 …`), in the languages
// BID_START reads: with a word after them, as a task is set (`List comprehension` names a topic, and a bank's boxes say which).
const NAMES_START =
  /^(?:(?:name|list|give|state|identify|enumerate|nenne|nennen sie|zähle auf|zählen sie auf|citez|nommez|énumérez|nombra|nombre|enumera|enumere|menciona|mencione|cita|liste|cite|nomeie|назови(?:те)?|перечисли(?:те)?|приведи(?:те)?)[ \t]+\p{L}|请?(?:列出|列举|列舉|举出|舉出))/iu;

/** A title that sets a task (`Explain how …`, `Compare …`, `Name two …`, `Перечислите …`): a question as much as one that asks. */
export const setsTask = (title: string): boolean => BID_START.test(title.trim()) || NAMES_START.test(title.trim());
