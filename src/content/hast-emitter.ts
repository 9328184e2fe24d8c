import type { Element, ElementContent, Root } from 'hast';

/**
 * Collects what highlight.js finds as a hast tree instead of an HTML string, so the spans go
 * into the answer's tree as they are (highlight.js's `__emitter` hook). Adjacent text is kept as
 * one node and a dotted scope (`title.function`) becomes `hljs-title function_`, as highlight.js's own HTML has it.
 */
export class HastEmitter {
  readonly root: Root = { type: 'root', children: [] };
  private readonly open: (Root | Element)[] = [this.root];

  constructor(private readonly options: { classPrefix: string }) {}

  private get current(): Root | Element {
    return this.open[this.open.length - 1];
  }

  addText(value: string): void {
    if (value === '') return;
    const last = this.current.children.at(-1);
    if (last?.type === 'text') last.value += value;
    else this.current.children.push({ type: 'text', value });
  }

  startScope(scope: unknown): void {
    this.openNode(String(scope));
  }

  endScope(): void {
    this.closeNode();
  }

  /** An embedded language's spans (bash in a Dockerfile), wrapped in a span of its name when it has one. */
  __addSublanguage(other: HastEmitter, name?: string): void {
    const spans = other.root.children as ElementContent[];
    if (name) this.current.children.push({ type: 'element', tagName: 'span', properties: { className: [name] }, children: spans });
    else this.current.children.push(...spans);
  }

  openNode(scope: string): void {
    const className = scope.split('.').map((part, i) => (i ? part + '_'.repeat(i) : this.options.classPrefix + part));
    const span: Element = { type: 'element', tagName: 'span', properties: { className }, children: [] };
    this.current.children.push(span);
    this.open.push(span);
  }

  closeNode(): void {
    this.open.pop();
  }

  finalize(): void {}

  toHTML(): string {
    return '';
  }
}
