import { describe, expect, it, vi } from 'vitest';

// Calls of franc's statistics: counted around the real function, which still tells the language.
const told = vi.hoisted(() => ({ calls: 0 }));
vi.mock('franc-min', async (importOriginal) => {
  const real = await importOriginal<typeof import('franc-min')>();
  return {
    ...real,
    francAll: (...args: Parameters<typeof real.francAll>) => {
      told.calls++;
      return real.francAll(...args);
    },
  };
});

const SPANISH =
  '¿Qué ocurre cuando se reinicia un nodo? Los contenedores que estaban en ese nodo se detienen y el planificador los vuelve a crear en otros nodos disponibles. Las peticiones en curso pueden fallar, por lo que los clientes deben reintentar con una espera creciente.';

describe("a deck's language read twice", () => {
  it('is told once from the same prose (check and import read a deck the build read), and the same', async () => {
    // Loaded afresh, so the detector calls the counted franc (test files share modules).
    vi.resetModules();
    const { detectLanguage } = await import('../../src/content/detect-language.js');
    const deck = `# Despliegues\n\n## Nodos\n\n### ¿Qué pasa?\n\n${SPANISH}\n`;
    expect(detectLanguage(deck)).toBe('es');
    const once = told.calls;
    expect(once).toBe(1);
    expect(detectLanguage(deck)).toBe('es');
    expect(told.calls).toBe(once);
    // Other prose is told anew.
    expect(detectLanguage(`${deck}\n${SPANISH}\n`)).toBe('es');
    expect(told.calls).toBe(once + 1);
  });
});
