import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The plan of src/: read every module's relative imports (type-only ones too) with the compiler.
const SRC = path.resolve('src');

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return modules(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Module (relative to src/) → the src modules it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of modules(SRC)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles
      .map((f) => f.fileName)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => path.relative(SRC, path.resolve(path.dirname(file), spec)).replace(/\.js$/, '.ts'));
    graph.set(path.relative(SRC, file), targets);
  }
  return graph;
}

/** Every cycle, each as the path that closes it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('the plan of src/', () => {
  const graph = importGraph();

  it('has no import circles', () => {
    expect(cycles(graph).map((c) => c.join(' > '))).toEqual([]);
  });

  it('keeps src/model/ a ground floor that imports nothing from the app above it', () => {
    const upward = [...graph]
      .filter(([m]) => m.startsWith('model/'))
      .flatMap(([m, deps]) => deps.filter((d) => !d.startsWith('model/')).map((d) => `${m} > ${d}`));
    expect(upward).toEqual([]);
  });

  it('lets only the commands import build.ts', () => {
    const commands = (m: string) => m === 'cli/cli.ts' || m === 'index.ts' || m === 'cache/build-memo.ts' || m.startsWith('watch/');
    const below = [...graph].filter(([m, deps]) => deps.includes('build.ts') && !commands(m)).map(([m]) => m);
    expect(below).toEqual([]);
  });

  it('leaves the browser to the command: the API lends its session, build-memo never makes one', () => {
    expect(graph.get('cache/build-memo.ts')).not.toContain('print/browser-session.ts');
    expect(graph.get('api.ts')).toContain('print/browser-session.ts');
  });

  it("keeps the terminal to the commands: the API's declarations never reach it (it names Node's own types)", () => {
    const commands = (m: string) => m.startsWith('cli/') || m.startsWith('watch/');
    const users = [...graph].filter(([m, deps]) => deps.includes('cli/terminal.ts') && !commands(m)).map(([m]) => m);
    expect(users).toEqual([]);
  });

  it('finds the imports it checks (the graph is not empty)', () => {
    expect(graph.get('build.ts')).toContain('model/build-options.ts');
    // Modules loaded on first use count too.
    expect(graph.get('api.ts')).toContain('cache/build-memo.ts');
  });
});
