import { describe, expect, it, vi } from 'vitest';
import { noteModules } from './module-registry.js';

describe("the worker's modules after a file resets them", () => {
  it('are the ones it had before the reset, not the copies made since', async () => {
    const before = await import('../src/model/deck.js');
    const putBack = noteModules();
    expect(putBack()).toBe(false);
    vi.resetModules();
    const copy = await import('../src/model/deck.js');
    expect(copy).not.toBe(before);
    expect(putBack()).toBe(true);
    expect(await import('../src/model/deck.js')).toBe(before);
  });

  it('load a module first loaded after the reset again, against the modules put back', async () => {
    const putBack = noteModules();
    vi.resetModules();
    // Loaded by this test alone, after the reset: a part of the reset copy.
    const late = await import('./fixtures/module-registry/loaded-late.js');
    expect(putBack()).toBe(true);
    expect(await import('./fixtures/module-registry/loaded-late.js')).not.toBe(late);
  });
});
