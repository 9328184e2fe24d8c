import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/content/markdown.js';
import { boldLedSections } from '../../src/content/layouts/bold-led-paragraphs.js';

const found = (markdown: string) => boldLedSections(parseMarkdown(markdown).children).size;

describe('sections of bold-led paragraphs', () => {
  it('takes scenarios, each a bold line setting a scene over its answer', () => {
    const scenarios = '## Scenarios\n\n**Scenario 1: the disk is full but du shows little.**\nA deleted file is still open.\n\n**Scenario 2: SSH hangs after the password.**\nReverse DNS on the server.\n';
    expect(found(scenarios)).toBe(2);
  });

  it('leaves a read-me section of bold names over their lines alone', () => {
    const credits = '## About\n\n**Author**\nJane Roe, who keeps the bank.\n\n**License**\nMIT, see the LICENSE file.\n';
    expect(found(credits)).toBe(0);
  });

  it('takes a scene written without spaces when it is a sentence long', () => {
    const zh = '## 场景\n\n**磁盘满了但是统计很少**\n有进程还打开着已删除的文件。\n\n**登录后一直卡住不动**\n服务器在做反向解析。\n';
    expect(found(zh)).toBe(2);
  });

  it('takes them under a lead-in, each answer going on in a paragraph of its own (fixture table-bold-scenarios)', () => {
    const scenarios =
      '## Scenarios\n\nAnswer them as you would on a call.\n\n**Scenario 1: the disk is full but du shows little.**\nA deleted file is still open.\n\nRestart the process that holds it.\n\n**Scenario 2: SSH hangs after the password.**\nReverse DNS on the server.\n';
    expect(found(scenarios)).toBe(2);
  });

  it('leaves prose with a bold line or two among more paragraphs alone', () => {
    const prose =
      '## Why this bank\n\nWe wrote it over a year.\n\n**It started as notes for a study group.**\nThen it grew.\n\nMost answers were checked twice.\n\nSome came from readers.\n\n**Every answer cites its source somewhere.**\nLook for the links.\n\nPull requests are welcome.\n\nIssues too.\n';
    expect(found(prose)).toBe(0);
  });
});
