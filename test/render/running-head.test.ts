import { describe, expect, it } from 'vitest';
import { runningHead } from '../../src/render/running-head.js';

describe('a running head', () => {
  it('is the title as written when it fits', () => {
    expect(runningHead('Infrastructure Engineer — Interview Questions')).toBe('Infrastructure Engineer — Interview Questions');
    expect(runningHead('  Two\nlines  ')).toBe('Two lines');
  });

  it('drops a long parenthesis, then a subtitle, before cutting words', () => {
    expect(runningHead("Partie 1: Questions Théoriques (Toutes ressources sont autorisées sauf l'utilisation d'LLMs. ex: ChatGPT, Bard, etc.)")).toBe(
      'Partie 1: Questions Théoriques',
    );
    expect(runningHead('Kubernetes: everything an administrator is asked in a first-round interview')).toBe('Kubernetes');
  });

  it('is cut after a whole word, with an ellipsis, within its room', () => {
    const head = runningHead('The complete and unabridged collection of questions every site reliability engineer meets');
    expect(head).toBe('The complete and unabridged collection of…');
    expect(head.length).toBeLessThanOrEqual(48);
  });

  it('counts wide characters twice and cuts a script without spaces anywhere', () => {
    const head = runningHead('计算机网络与操作系统面试题大全第一部分基础知识与常见问题汇总整理版本');
    expect(head.endsWith('…')).toBe(true);
    expect([...head].length).toBe(24);
  });
});
