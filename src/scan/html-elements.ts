/**
 * The elements open at each place of raw HTML, as WHATWG's tree construction keeps them, as far as it decides where
 * a text ends and whether it is code: a start tag opens an element (closing an open paragraph first where a block
 * begins), an end tag closes the element it names and those inside it — the text formatting among them (`<b>`,
 * `<code>`…) is opened again for the text after it — and is dropped where it closes nothing. Held to parse5 on random
 * HTML (__tests__/fidelity/github-markdown.test.ts). Not read: scope boundaries (tables, buttons, templates), and text
 * a table holds outside its cells, which the parser moves before the table.
 */
export class OpenElements {
  private readonly open: string[] = [];

  /** A start tag (it ends the text before it: it inserts an element). */
  start(name: string): void {
    if (CLOSES_PARAGRAPH.has(name)) this.closeParagraph();
    // Past a depth browsers do not build either (Blink's parser stops nesting at 512), elements are not kept: each
    // tag's work stays bounded however many open and never close.
    if (!VOID_ELEMENTS.has(name) && this.open.length < MAX_DEPTH) this.open.push(name);
  }

  /** An end tag: whether it ends the text before it (false where the parser drops it and the text on its two sides is one). */
  end(name: string): boolean {
    const { open } = this;
    if (name === 'br') return true; // `</br>` is a line break
    if (name === 'p') {
      this.closeParagraph(); // (or, where none is open, an empty one is made)
      return true;
    }
    const at = open.lastIndexOf(name);
    if (at < 0) return false;
    const blockInside = open.slice(at + 1).some((inside) => SPECIAL_ELEMENTS.has(inside));
    if (FORMATTING_ELEMENTS.has(name) && blockInside) {
      // A block opened inside it keeps the text after the end tag (the adoption agency's furthest block).
      open.splice(at, 1);
      return true;
    }
    if (!FORMATTING_ELEMENTS.has(name) && !BLOCK_ELEMENTS.has(name) && blockInside) return false; // a `</span>` past a `<div>`
    this.closeFrom(at);
    return true;
  }

  /** Whether text here is code: in a `<pre>` or a `<code>`. */
  inCode(): boolean {
    return this.open.includes('pre') || this.open.includes('code');
  }

  /** Closes the open paragraph, if any; whether there was one. */
  private closeParagraph(): boolean {
    const at = this.open.lastIndexOf('p');
    if (at < 0) return false;
    this.closeFrom(at);
    return true;
  }

  /** Closes the element at `at` and those inside it; the text formatting among those is opened again. */
  private closeFrom(at: number): void {
    const reopened = this.open.slice(at + 1).filter((inside) => FORMATTING_ELEMENTS.has(inside));
    this.open.length = at;
    for (const inside of reopened) this.open.push(inside);
  }
}

const MAX_DEPTH = 512;

/** Text formatting, which the parser opens again past an end tag that closes an element around it. */
const FORMATTING_ELEMENTS = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);

/** Elements that hold nothing: no end tag closes them. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** The elements WHATWG's parser treats as special (the void ones aside: they are never open). */
const SPECIAL_ELEMENTS = new Set(
  'address applet article aside blockquote body button caption center colgroup dd details dir div dl dt fieldset figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 head header hgroup html iframe li listing main marquee menu nav noembed noframes noscript object ol p plaintext pre script search section select style summary table tbody td template textarea tfoot th thead title tr ul xmp'.split(
    ' ',
  ),
);

/** Blocks whose end tag closes what is open inside them. */
const BLOCK_ELEMENTS = new Set(
  'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header hgroup listing main menu nav ol pre search section summary ul h1 h2 h3 h4 h5 h6 li dd dt'.split(
    ' ',
  ),
);

/** Start tags that close an open paragraph. */
const CLOSES_PARAGRAPH = new Set(
  'address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header hgroup main menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing form table hr xmp plaintext'.split(
    ' ',
  ),
);
