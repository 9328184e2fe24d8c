// How a prompt opens that bids rather than asks (`Describe how you would split …`, `Объясните …`,
// `解释一下 …`): the imperatives interview banks set tasks with, in the languages they are written in.
// Narrower than a question word (`How it works` names a part of an answer; `Explain …` never does).
export const BID_START =
  /^(?:(?:explain|describe|compare|contrast|define|discuss|differentiate|distinguish|outline|walk (?:me |us )?through|tell (?:me|us) about|erkläre|erklären sie|beschreibe|beschreiben sie|explique|expliquez|explica|describa|descreva|объясни(?:те)?|опиши(?:те)?|расскажи(?:те)?|сравни(?:те)?|поясни(?:те)?)(?![\p{L}\p{N}])|(?:请?(?:解释|解釋|说明|說明|描述|简述|簡述|比较|比較|谈谈|談談|介绍|介紹)))/iu;
