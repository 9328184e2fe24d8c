import { StudyguideError } from '../errors.js';
import { shownPath } from '../shown-path.js';

// A theme's partial that calls itself, or two that call each other, print without end: the
// render failed as `deck.md: Maximum call stack size exceeded`, naming neither template. A loop
// under an {{#if}} may end, so none is refused while compiling; when the stack runs out, the
// loop among the partials' calls is named at the call that closes it.

/** A template file and the partials it calls, each at its line. */
export interface PartialCalls {
  file: string;
  calls: { name: string; line: number }[];
}

/** The first loop reachable from `start` (a layout's calls): the call that closes it, and the names on the way. */
function findLoop(start: PartialCalls, partials: ReadonlyMap<string, PartialCalls>): { file: string; line: number; path: string[] } | undefined {
  const done = new Set<string>();
  // Depth-first without recursion: each frame is a partial on the way and the index of its next call.
  const walk = (root: string) => {
    const way: { name: string; next: number }[] = [{ name: root, next: 0 }];
    while (way.length > 0) {
      const frame = way[way.length - 1];
      const here = partials.get(frame.name);
      const call = here?.calls[frame.next++];
      if (!here || !call) {
        done.add(frame.name);
        way.pop();
        continue;
      }
      const at = way.findIndex((f) => f.name === call.name);
      if (at >= 0) return { file: here.file, line: call.line, path: [...way.slice(at).map((f) => f.name), call.name] };
      if (!done.has(call.name) && partials.has(call.name)) way.push({ name: call.name, next: 0 });
    }
    return undefined;
  };
  for (const { name } of start.calls) {
    const loop = done.has(name) ? undefined : walk(name);
    if (loop) return loop;
  }
  return undefined;
}

/** The layout's template, its stack running out reported as the loop among its partials. */
export function loopGuarded(
  template: HandlebarsTemplateDelegate,
  layout: PartialCalls,
  partials: ReadonlyMap<string, PartialCalls>,
): HandlebarsTemplateDelegate {
  return (context, options) => {
    try {
      return template(context, options);
    } catch (err) {
      if (!(err instanceof RangeError)) throw err;
      const loop = findLoop(layout, partials);
      if (!loop)
        throw new StudyguideError('template nests its partials too deep to print', {
          file: shownPath(layout.file),
          hint: 'call fewer partials inside each other',
        });
      throw new StudyguideError(`template calls the partial "${loop.path[0]}" inside itself, without end (${loop.path.join(' → ')})`, {
        file: shownPath(loop.file),
        line: loop.line,
        hint: 'call it under an {{#if}} that turns false, or remove the call',
      });
    }
  };
}
