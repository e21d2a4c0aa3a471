import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { lineStartsOf } from '../../src/positions.js';
import { markdownStructure } from '../../src/scan/structure.js';
import { CORPUS, FIXTURES, HAVE_CORPUS } from '../helpers/fixtures.js';

/** Paragraphs, headings and table rows as a stock markdown-it (the same preset) sees them, as line ranges. */
function stockTextBlocks(text: string): string[] {
  const stock = new MarkdownIt('commonmark', { html: true }).enable('table');
  const blocks: string[] = [];
  for (const token of stock.parse(text.replace(/\r\n?/g, '\n'), {})) {
    const kind = { paragraph_open: 'paragraph', heading_open: 'heading', tr_open: 'table-row' }[token.type];
    if (kind && token.map) blocks.push(`${kind} ${token.map[0]}-${token.map[1]}`);
  }
  return blocks;
}

function ourTextBlocks(text: string): string[] {
  const starts = lineStartsOf(text);
  const lineOf = (offset: number) => {
    let line = 0;
    while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
    return line;
  };
  return markdownStructure(text, { blockBarriers: true }).textBlocks.map((block) => `${block.kind} ${lineOf(block.start)}-${lineOf(block.end) + 1}`);
}

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(folder, name));
}

describe('Markdown block structure', () => {
  // The structure scanner replaces markdown-it's paragraph rule with one that does not build the paragraph's text;
  // paragraphs must still end exactly where markdown-it ends them, lazy continuation lines and interruptions included.
  const samples = [
    'a paragraph\nwith a lazy\n    indented line\n# heading\ntext\n> quote\nlazy $x$\n\n- item\n  more\n\n```\ncode\n```\n|a|b|\n|-|-|\n|1|2|\n',
    'text\n<div>\nhtml interrupts\n</div>\n\npara\n***\nafter rule\n1. one\n2. two\n\n   indented para\nsetext\n===\n',
    'text\r\nwith CRLF\r\n\r\n$$\r\nx\r\n$$\r\n',
    'a table interrupts\n| a | b |\n|---|---|\n| 1 | 2 |\nas does a fence\n~~~\nx\n~~~\n',
  ];

  it.each(samples.map((text, index) => [index, text]))('ends paragraphs where markdown-it does (sample %i)', (_index, text) => {
    expect(ourTextBlocks(text as string)).toEqual(stockTextBlocks(text as string));
  });

  it('ends paragraphs where markdown-it does, in every Markdown fixture and corpus file', () => {
    const files = [...markdownFiles(join(FIXTURES, 'markdown')), ...(HAVE_CORPUS ? markdownFiles(CORPUS) : [])];
    expect(files.length).toBeGreaterThan(HAVE_CORPUS ? 300 : 2);
    const differing = files.filter((file) => {
      const text = readFileSync(file, 'utf8');
      return JSON.stringify(ourTextBlocks(text)) !== JSON.stringify(stockTextBlocks(text));
    });
    expect(differing).toEqual([]);
  });
});
