/**
 * The unit project's test files share a worker's modules (isolate: false), which vi.resetModules()
 * wipes for every file after the one that calls it. What the registry holds is noted here, and
 * put back by the function returned: test/keep-module-registry.ts does it around each file.
 */

/** The fields of a module the registry keeps (vite's EvaluatedModuleNode), those vi.resetModules() clears. */
interface ModuleNode {
  promise?: unknown;
  exports?: unknown;
  evaluated: boolean;
  importers: Set<string>;
}

/** Vitest's own modules and mocks, which vi.resetModules() leaves alone too. */
const LEFT_ALONE = [/\/vitest\/dist\//, /vitest-virtual-\w+\/dist/, /@vitest\/dist/, /^mock:/];

/** What vitest's worker holds of its modules; vi.resetModules() resets them in place. */
function registry(): Map<string, ModuleNode> {
  const worker = (globalThis as { __vitest_worker__?: { evaluatedModules?: { idToModuleMap?: unknown } } }).__vitest_worker__;
  const map = worker?.evaluatedModules?.idToModuleMap;
  // A vitest that keeps its modules elsewhere: said, rather than resets costing again unseen.
  if (!(map instanceof Map))
    throw new Error('test/module-registry.ts: vitest keeps no __vitest_worker__.evaluatedModules.idToModuleMap any more — update this file');
  return map as Map<string, ModuleNode>;
}

/**
 * Notes the modules loaded now. The function returned, when a module noted has been reset since
 * (vi.resetModules()), puts every noted module back as it was and resets the ones loaded since, so
 * the next import loads them again against the modules put back; it says whether it did.
 */
export function noteModules(): () => boolean {
  const modules = registry();
  const noted = new Map(
    [...modules].map(([id, node]) => [id, { promise: node.promise, exports: node.exports, evaluated: node.evaluated, importers: new Set(node.importers) }]),
  );
  return () => {
    const reset = [...noted].some(([id, kept]) => kept.evaluated && modules.get(id)?.exports !== kept.exports);
    if (!reset) return false;
    for (const [id, node] of modules) {
      if (LEFT_ALONE.some((re) => re.test(id))) continue;
      const kept = noted.get(id);
      Object.assign(
        node,
        kept ? { ...kept, importers: new Set(kept.importers) } : { promise: undefined, exports: undefined, evaluated: false, importers: new Set() },
      );
    }
    return true;
  };
}
