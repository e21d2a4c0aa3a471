// markdown-it-footnote ships no types of its own (DefinitelyTyped's are for its CommonJS build).
declare module 'markdown-it-footnote' {
  import type MarkdownIt from 'markdown-it';

  const footnotes: (md: MarkdownIt) => void;
  export default footnotes;
}
