import { toString } from 'mdast-util-to-string';
import type { RootContent } from 'mdast';
import type { Diagnostic } from '../../model/deck.js';

// A bank copied from a web page keeps the words of the page's links as plain lines
// (`View other interview questions`, `Next question →`). On paper they lead nowhere, and read as a
// line over a question list they named a section. Such a line outside any question is left out, said.

const LINK_WORDS =
  /^(?:(?:view|see|browse|show|explore|read)\s+(?:all|other|more)\b[\p{L}\s-]{0,40}\b(?:questions?|topics?|pages?|articles?|posts?)|(?:next|previous|prev)\s+(?:question|page|topic|article)s?)\s*[.»›→>]*$/iu;

// The same words in the other languages banks are written in, and a post's `Read more`, as the
// line's whole words (`Weitere Interviewfragen ansehen`, `Lire la suite`, `查看更多面试题`, `더 보기`).
const OTHER_LINK_WORDS = new RegExp(
  `^(?:${[
    'read more|continue reading|read the full (?:article|post|answer)',
    '(?:weitere|andere|alle|mehr) (?:interview)?fragen(?: ansehen| anzeigen| lesen)?|(?:weitere|andere|alle) (?:interview)?fragen|weiterlesen|mehr lesen|(?:nächste|vorherige) frage',
    'voir (?:les |toutes les )?(?:autres |plus de )?questions(?: d[’\'](?:entretien|entrevue))?|lire la suite|en savoir plus|question (?:suivante|précédente)',
    'ver (?:otras|más|todas las) preguntas(?: de (?:la )?entrevista)?|leer más|seguir leyendo|(?:siguiente|anterior) pregunta|pregunta (?:siguiente|anterior)',
    'ver (?:outras|mais|todas as) (?:perguntas|questões)(?: de entrevista)?|leia mais|ler mais|continuar lendo|continue lendo|saiba mais|(?:próxima|anterior) pergunta|pergunta anterior',
    '(?:смотреть|посмотреть|все|другие) (?:другие |все )?вопросы(?: (?:для|с|к) (?:собеседовани[яюй]|интервью))?|читать (?:далее|дальше|полностью)|подробнее|(?:следующий|предыдущий) вопрос',
    '(?:查看|看看|浏览|瀏覽)?(?:其他|其它|更多|全部|所有)(?:的)?(?:面试题|面試題|面试问题|面試問題|问题|問題|题目|題目)|(?:阅读|閱讀|查看)(?:更多|全文)|(?:下|上)一(?:题|題|篇)',
    '(?:他の|その他の|すべての)(?:面接)?質問(?:を見る|一覧)?|もっと見る|続きを読む|(?:次|前)の質問',
    '(?:다른|전체|모든) (?:면접 )?질문(?: 보기)?|더\\s?보기|자세히 보기|계속 읽기|(?:다음|이전) 질문',
  ].join('|')})\\s*[.»›→>…]*$`,
  'iu',
);

/** A paragraph of one short line, no links, in the words of a link to another page. */
function linkWords(node: RootContent): boolean {
  if (node.type !== 'paragraph' || node.children.some((c) => c.type !== 'text')) return false;
  const text = toString(node).trim();
  return !text.includes('\n') && text.split(/\s+/).length <= 8 && (LINK_WORDS.test(text) || OTHER_LINK_WORDS.test(text));
}

/** The blocks without such lines standing outside a question (no `###` heading above them), each left out with a warning. */
export function withoutPageLinkWords(nodes: RootContent[], file: string, diagnostics: Diagnostic[]): { nodes: RootContent[]; left: number } {
  let inQuestion = false;
  const kept = nodes.filter((node) => {
    if (node.type === 'heading') inQuestion = node.depth >= 3;
    if (inQuestion || !linkWords(node)) return true;
    const message = `"${toString(node).trim()}" left out — it is the words of a link to another page, which leads nowhere on paper`;
    diagnostics.push({ file, line: node.position?.start.line ?? 1, severity: 'warning', code: 'left-out', message });
    return false;
  });
  return { nodes: kept, left: nodes.length - kept.length };
}
