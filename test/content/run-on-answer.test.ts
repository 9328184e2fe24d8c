import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadDeck } from '../../src/content/load-deck.js';
import { allQuestions } from '../../src/model/deck.js';
import { tempDirSync } from '../temp-dir.js';

// A Chinese question with words run on after its `？` (fixture list-program-tasks-zh-hant): an answer,
// unless those words ask again or bid, when they are still the question's.
async function read(lines: string[]) {
  const file = path.join(tempDirSync('run-on-'), 'bank.md');
  writeFileSync(file, ['# 面試題', '', '## 基礎', '', ...lines, ''].join('\n'));
  return allQuestions(await loadDeck(file)).map((q) => ({ text: q.text, open: Boolean(q.open) }));
}

describe('a Chinese question with words run on after its question mark', () => {
  it('reads the words as its answer', async () => {
    expect(await read(['1. 什麼是閉包？ 函式記住它被建立時的作用域。', '2. 什麼是 CORS？ 瀏覽器依標頭決定能否跨來源讀取。'])).toEqual([
      { text: '什麼是閉包？', open: false },
      { text: '什麼是 CORS？', open: false },
    ]);
  });

  it('keeps a follow-up question or a bid in the question', async () => {
    expect(await read(['1. 什麼是閉包？為什麼需要它？', '2. 什麼是事件迴圈？請舉例說明。'])).toEqual([
      { text: '什麼是閉包？為什麼需要它？', open: true },
      { text: '什麼是事件迴圈？請舉例說明。', open: true },
    ]);
  });
});

// The same with a Latin `?` (fixture list-run-on-latin): `1. What is a VLAN? A VLAN splits …`.
describe('a question with its answer run on after a Latin question mark', () => {
  it('reads the words as its answer', async () => {
    expect(
      await read([
        '1. What is a VLAN? A VLAN splits one switch into separate broadcast domains.',
        '2. What does ARP do? It finds the MAC address that belongs to an IPv4 address.',
        '3. Is UDP reliable? No, it leaves lost datagrams to the application.',
      ]),
    ).toEqual([
      { text: 'What is a VLAN?', open: false },
      { text: 'What does ARP do?', open: false },
      { text: 'Is UDP reliable?', open: false },
    ]);
  });

  it('keeps a second sentence that bids or asks in the question', async () => {
    expect(
      await read([
        '1. What is a VLAN? A VLAN splits one switch into separate broadcast domains.',
        '2. What is a subnet mask? Give an example.',
        '3. Why? Explain.',
        '4. What is NAT? Why do home routers use it?',
        '5. What does DNS resolve? (Two marks)',
        '6. What is the output? `print(2 ** 3)`',
        '7. What is an MTU? The largest payload one frame carries.',
        '8. O que é duck typing? Dar exemplos.',
        '9. What is a hub? Discuss it briefly.',
      ]),
    ).toEqual([
      { text: 'What is a VLAN?', open: false },
      { text: 'What is a subnet mask? Give an example.', open: true },
      { text: 'Why? Explain.', open: true },
      { text: 'What is NAT? Why do home routers use it?', open: true },
      { text: 'What does DNS resolve? (Two marks)', open: true },
      { text: 'What is the output? print(2 ** 3)', open: true },
      { text: 'What is an MTU?', open: false },
      { text: 'O que é duck typing? Dar exemplos.', open: true },
      { text: 'What is a hub? Discuss it briefly.', open: true },
    ]);
  });

  it('leaves a list of prose with a rhetorical question as it is', async () => {
    const file = path.join(tempDirSync('run-on-'), 'bank.md');
    writeFileSync(
      file,
      ['# Notes', '', '## Questions', '', '1. What is a pod?', '2. What is a node?', '', '## Contributing', '', '- Found a typo? Open a pull request.', '- Want more? Star the repository.', ''].join('\n'),
    );
    expect(allQuestions(await loadDeck(file)).map((q) => q.text)).toEqual(['What is a pod?', 'What is a node?']);
  });
});

// The same run on after a labelled question (`Q1. What is a VLAN? It splits …`) or a bold one in a list
// (`- **What is a VLAN?** It splits …`), beside lines that do not run on.
describe('an answer run on after a labelled or a bold question', () => {
  it('is parted from a labelled question', async () => {
    expect(
      await read([
        'Q1. What is a VLAN? It splits one physical switch into several broadcast domains.',
        '',
        'Q2. What is a subnet mask? Give an example.',
        '',
        'Q3. Is UDP reliable? No, lost datagrams are left to the application.',
        '',
        'Q4. What does ARP do?',
        '',
        'A: It finds the MAC address behind an IPv4 address.',
      ]),
    ).toEqual([
      { text: 'What is a VLAN?', open: false },
      { text: 'What is a subnet mask? Give an example.', open: true },
      { text: 'Is UDP reliable?', open: false },
      { text: 'What does ARP do?', open: false },
    ]);
  });

  it('is parted from a bold question in a list', async () => {
    expect(
      await read([
        '- **What is a VLAN?** It splits one physical switch into several broadcast domains.',
        '- What does ARP do? It finds the MAC address behind an IPv4 address on the link.',
        '- **What is NAT?** Why do home routers need it?',
      ]),
    ).toEqual([
      { text: 'What is a VLAN?', open: false },
      { text: 'What does ARP do?', open: false },
      { text: 'What is NAT? Why do home routers need it?', open: true },
    ]);
  });
});
