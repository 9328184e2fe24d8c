// "Contents" in the languages banks are written in (`## Índice`, `## Содержание`, `## 目录`).
const CONTENTS_HEADING = /^[\p{P}\p{S}\s]*(table of contents|contents|toc|index|índice|indice|contenidos?|conteúdo|sumário|inhalt|inhaltsverzeichnis|sommaire|содержание|оглавление|зміст|目录|目錄|目次|목차|mục lục)[\p{P}\p{S}\s]*$/iu;

/** Whether a heading's words only name the bank's contents (navigation, not a topic). */
export function namesContents(words: string): boolean {
  return CONTENTS_HEADING.test(words);
}
