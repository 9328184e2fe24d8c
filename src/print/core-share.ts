import { availableParallelism, loadavg } from 'node:os';

/** The most a busy machine stretches a limit: a step that hangs still ends, at worst ten times late. */
export const MOST_STRETCH = 10;

/**
 * The share of a core this process can count on now, from the last minute's load: 1 on a machine
 * with a core free, 2/18 when 18 runnable processes share 2 cores, never below 1/MOST_STRETCH.
 * A limit counted in these shares of a second measures the work done, not the crowd around it.
 */
export function coreShare(load: number = loadavg()[0], cores: number = availableParallelism()): number {
  if (!(load > cores)) return 1;
  return Math.max(1 / MOST_STRETCH, cores / load);
}
