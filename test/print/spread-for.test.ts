import { describe, expect, it } from 'vitest';
import { MOST_SPREAD_EM, spreadFor } from '../../src/print/spread-sheet-entries.js';

/**
 * A one-column sheet was gathered (0.5 em) below 80 % reach and spread (1.5 em) above it: two
 * sheets 79 % and 81 % full stood a whole em apart in their gaps. The gap now grows with the reach.
 */
describe('the spread of a one-column sheet', () => {
  const at = (reach: number) => spreadFor(reach, 10);

  it('moves by little when the sheet is a little fuller', () => {
    expect(Math.abs(at(0.81) - at(0.79))).toBeLessThan(0.15);
    for (let r = 0.3; r < 1.1; r += 0.01) expect(Math.abs(at(r + 0.01) - at(r)), `at ${r.toFixed(2)}`).toBeLessThanOrEqual(0.051);
  });

  it('gathers a short sheet, spreads a nearly full one, and never takes more room than the page has', () => {
    expect(at(0.5)).toBe(0.5);
    expect(at(0.95)).toBe(MOST_SPREAD_EM);
    expect(at(0.8)).toBeGreaterThan(0.5);
    expect(at(0.8)).toBeLessThan(MOST_SPREAD_EM);
    expect(spreadFor(0.95, 0.3)).toBe(0.3);
  });
});
