/** One process as sampled: pid, pid with start time, CPU ms used so far. */
export interface ProcessTimes {
  pid: number;
  key: string;
  cpuMs: number;
}
/** Each process of the tree under `root` now. */
export function treeTimes(root: number): ProcessTimes[];
/** Notes a sample: each process keeps the most CPU seen of it. */
export function addSample(seen: Map<string, { pid: number; cpuMs: number }>, sample: Iterable<ProcessTimes>): Map<string, { pid: number; cpuMs: number }>;
/** The CPU ms of the processes seen, those `pick(pid)` chooses. */
export function cpuSum(seen: Map<string, { pid: number; cpuMs: number }>, pick?: (pid: number) => boolean): number;
/** Samples the tree under `root` until stop(). */
export function watchTreeCpu(root: number, everyMs?: number): { read(): { own: number; children: number }; stop(): void };
