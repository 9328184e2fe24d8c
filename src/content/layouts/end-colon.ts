import type { PhrasingContent } from 'mdast';

/** Phrasing without the colon it ends with (`#### 1. Core Ideas:` over its questions, `**Leadership:**` over a list). */
export function withoutEndColon(children: PhrasingContent[]): PhrasingContent[] {
  const last = children[children.length - 1];
  return last?.type === 'text' && /[:：]\s*$/.test(last.value) ? [...children.slice(0, -1), { ...last, value: last.value.replace(/\s*[:：]\s*$/, '') }] : children;
}
