// Chinese and Vietnamese banks ask without their question mark as often as with it: the words ask.

/**
 * Chinese: a word that asks, anywhere in the line (`基本数据类型各占几个字节`, `equals() 与 == 的区别`,
 * `Object 类有哪些公用方法`, `Redis事务的CAS操作吗`).
 */
export const CJK_ASKING = /几个|几种|什么|哪些|哪个|哪几|怎么|怎样|如何|为什么|为何|区别|是否|吗\s*$/u;

/**
 * Vietnamese: what is (`Closure là gì`), how (`thế nào`, `ra sao`, `làm sao`), what for (`để làm gì`),
 * why (`tại sao`, `vì sao`), how many, when, where, and how two things differ (`khác nhau`).
 */
export const VI_ASKING = /(?<!\p{L})(?:là gì|thế nào|ra sao|làm sao|làm gì|tại sao|vì sao|bao nhiêu|khi nào|ở đâu|khác nhau)(?!\p{L})/iu;

/**
 * A line that asks by its words alone (`redis几种数据结构 底层如何实现`, `Cluster dùng để làm gì`):
 * one short line with no sentence or lead-in in it, so an answer's point (`如何保证：加锁。`) is none.
 */
export function asksUnmarked(text: string): boolean {
  const line = text.trim();
  if (!line || line.includes('\n') || line.length > 120 || /[。；;：:]/u.test(line)) return false;
  return CJK_ASKING.test(line) || VI_ASKING.test(line);
}
