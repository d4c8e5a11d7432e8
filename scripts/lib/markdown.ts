import type { Root, RootContent, PhrasingContent, TableRow } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const processor = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', fences: true, listItemIndent: 'one' });

/** Serializes an mdast tree; record text only ever enters as node values, so it is escaped here. */
export function toMarkdown(tree: Root): string {
  return processor.stringify(tree);
}

/** Small builders for mdast nodes, so callers never write Markdown syntax by hand. */
export const md = {
  root: (children: RootContent[]): Root => ({ type: 'root', children }),
  heading: (depth: 1 | 2 | 3 | 4, ...children: PhrasingContent[]): RootContent => ({ type: 'heading', depth, children }),
  paragraph: (...children: PhrasingContent[]): RootContent => ({ type: 'paragraph', children }),
  text: (value: string): PhrasingContent => ({ type: 'text', value }),
  strong: (...children: PhrasingContent[]): PhrasingContent => ({ type: 'strong', children }),
  emphasis: (...children: PhrasingContent[]): PhrasingContent => ({ type: 'emphasis', children }),
  code: (value: string): PhrasingContent => ({ type: 'inlineCode', value }),
  link: (url: string, ...children: PhrasingContent[]): PhrasingContent => ({ type: 'link', url, children: children.length ? children : [{ type: 'text', value: url }] }),
  list: (items: PhrasingContent[][], ordered = false): RootContent => ({
    type: 'list',
    ordered,
    spread: false,
    children: items.map((children) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] })),
  }),
  table: (header: string[], rows: PhrasingContent[][][]): RootContent => {
    const row = (cells: PhrasingContent[][]): TableRow => ({ type: 'tableRow', children: cells.map((children) => ({ type: 'tableCell', children })) });
    return { type: 'table', children: [row(header.map((h) => [{ type: 'text', value: h }])), ...rows.map(row)] };
  },
};
