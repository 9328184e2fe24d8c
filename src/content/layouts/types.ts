import type { Heading, RootContent } from 'mdast';
import type { DroppedHtml } from './html-to-mdast.js';

/** The layouts a deck file can be written in; `auto` detects one per file. */
export const LAYOUT_CHOICES = ['auto', 'studyguide', 'details', 'numbered-headings', 'list-headings', 'qa'] as const;
export type LayoutChoice = (typeof LAYOUT_CHOICES)[number];
export type LayoutName = Exclude<LayoutChoice, 'auto'>;

/** How each layout is named in the summary line. */
export const LAYOUT_LABELS: Record<LayoutName, string> = {
  studyguide: 'studyguide format',
  details: 'details blocks',
  'numbered-headings': 'numbered headings',
  'list-headings': 'headings in a list',
  qa: 'Q:/A: pairs',
};

/** One piece of a foreign deck as its layout reads it, before it is put into our shape. */
export type Part =
  | { kind: 'heading'; node: Heading }
  | { kind: 'question'; heading: Heading; body: RootContent[] }
  | { kind: 'content'; node: RootContent };

/** A layout: how many questions it would find in a file (for detection), and its reading. */
export interface Layout {
  name: LayoutName;
  count(nodes: RootContent[]): number;
  read(nodes: RootContent[], dropped: DroppedHtml[]): Part[];
}

/** What reading a deck file found, for the summary line and `check`. */
export interface Reading {
  layout: LayoutName;
  /** Whether the layout was detected (auto) or forced by an option or front matter. */
  detected: boolean;
  questions: number;
  open: number;
  navigation: number;
  leftOut: number;
}
