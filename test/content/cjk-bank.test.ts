import { describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/content/load-deck.js';
import { allQuestions } from '../../src/model/deck.js';

// Chinese banks (written by us, test/fixtures/layouts/chinese-*): the question ids keep the
// question's own characters, so a link or a progress file made today still finds it tomorrow.
describe('a question bank in Chinese', () => {
  it('gives each question an id from its own words, the same on every read', async () => {
    const ids = async () => allQuestions(await loadDeck('test/fixtures/layouts/chinese-numbered/input.md')).map((q) => q.id);
    const first = await ids();
    expect(first).toEqual([
      'q-什么是容器',
      'q-容器和虚拟机有什么区别',
      'q-镜像是如何分层的',
      'q-为什么容器内-pid-1-很重要',
      'q-pod-是什么',
      'q-deployment-和-statefulset-的区别什么时候应-f06cf304',
      'q-service-的作用是什么',
    ]);
    expect(await ids()).toEqual(first);
  });

  it('derives card answers that end at the first 。 and bring the code a full-width lead-in announces', async () => {
    const cards = new Map(allQuestions(await loadDeck('test/fixtures/layouts/chinese-qa/input.md')).map((q) => [q.text, q.cardText]));
    expect(cards.get('什么是僵尸进程？')).toBe('已经退出、但父进程还没有调用 wait() 读取退出状态的进程。');
    expect(cards.get('如何查看占用 8080 端口的进程？')).toBe('用 ss 命令：\nss -ltnp | grep :8080');
    expect(cards.get('ハードリンクとは何ですか？')).toBe('同じ inode を指す別の名前です。');
  });
});
