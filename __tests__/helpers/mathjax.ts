import { createRequire } from 'node:module';
import katex from 'katex';
import { profile, refusalOf } from '../../src/math/profiles.js';
import { controlSequences } from '../../src/tex.js';
import type { Renderer } from '../../src/model/types.js';

/**
 * The renderers themselves, as the referee of the test suite: MathJax 3.2.2 or 4 set up with a profile's
 * packages (errors thrown, never typeset as red text), GitHub's filter of refused commands, and KaTeX for the
 * KaTeX profile. A page keeps definitions from formula to formula, as a browser does.
 */
type MathJaxPage = { convert(tex: string, display: boolean, fresh?: boolean): void };
const load = createRequire(import.meta.url);
const { mathjaxPage } = load('../../src/math/mathjax-referee.cjs') as {
  mathjaxPage: (engine: string, packages: readonly string[], macros?: Record<string, string | [string, number]>) => MathJaxPage;
};

/** The macros mystmd gives KaTeX on every page (myst-to-html's math plugin). */
const MYSTMD_MACROS = { '\\mbox': '\\text{#1}' };

/**
 * KaTeX as mystmd loads it, with its mhchem extension: the CommonJS build, a module of its own, so that the
 * extension's \\ce never reaches the KaTeX the other profiles are judged by (and mathrepro runs).
 */
function katexWithMhchem(): typeof katex {
  const commonjs = load('katex') as typeof katex;
  load('katex/contrib/mhchem');
  return commonjs;
}

export interface RendererPage {
  /** Undefined when the formula renders; else why not. */
  typeset(tex: string, display: boolean): string | undefined;
}

export function rendererPage(renderer: Renderer, macros: Record<string, string | [string, number]> = {}): RendererPage {
  const settings = profile(renderer);
  if (settings.engine === 'katex') {
    const katexMacros: Record<string, string> = renderer === 'mystmd' ? { ...MYSTMD_MACROS } : {};
    for (const [name, spec] of Object.entries(macros)) katexMacros[name.startsWith('\\') ? name : `\\${name}`] = typeof spec === 'string' ? spec : spec[0];
    const engine = renderer === 'mystmd' ? katexWithMhchem() : katex;
    return {
      typeset(tex, display) {
        try {
          engine.renderToString(tex, { displayMode: display, throwOnError: true, macros: katexMacros, globalGroup: true, strict: 'ignore', trust: true });
          return undefined;
        } catch (error) {
          return (error as Error).message;
        }
      },
    };
  }
  const page = mathjaxPage(settings.engine, settings.packages, macros);
  return {
    typeset(tex, display) {
      for (const cs of controlSequences(tex)) {
        const refusal = refusalOf(settings, cs.name);
        if (refusal) return refusal;
      }
      try {
        // Labels persist on a page: a second \label{x} is MathJax's error, as in the browser.
        page.convert(tex, display, false);
        return undefined;
      } catch (error) {
        return (error as Error).message;
      }
    },
  };
}

type MmlNode = { kind: string; texClass: number | null; childNodes?: MmlNode[] };
type MathDocument = {
  convert(tex: string, options: { display: boolean }): MmlNode;
  findMath(): void;
  math: Iterable<{ math: string; display: boolean }>;
};
let layoutDocument: MathDocument | undefined;

/** MathJax 3.2.2's own modules, loaded once, its HTML handler (on a DOM of its own, liteAdaptor) registered. */
let modules: { mathjax: { document(html: string, options: object): MathDocument }; TeX: new (options: object) => object; AllPackages: string[] } | undefined;
function mathjaxModules(): NonNullable<typeof modules> {
  if (!modules) {
    const { mathjax } = load('mathjax-full/js/mathjax.js') as NonNullable<typeof modules>;
    const { TeX } = load('mathjax-full/js/input/tex.js') as NonNullable<typeof modules>;
    const { liteAdaptor } = load('mathjax-full/js/adaptors/liteAdaptor.js') as { liteAdaptor: () => object };
    const { RegisterHTMLHandler } = load('mathjax-full/js/handlers/html.js') as { RegisterHTMLHandler: (adaptor: object) => void };
    const { AllPackages } = load('mathjax-full/js/input/tex/AllPackages.js') as NonNullable<typeof modules>;
    RegisterHTMLHandler(liteAdaptor());
    modules = { mathjax, TeX, AllPackages };
  }
  return modules;
}

/**
 * The formulas MathJax 3.2.2 finds in a page's body (its own search of the document, the browser's code path), set
 * up as MkDocs Material sets it up for arithmatex: the elements of class arithmatex only. Their TeX, trimmed.
 */
export function mathJaxFinds(body: string, options: { displayOnly?: boolean } = {}): string[] {
  const { mathjax, TeX } = mathjaxModules();
  const document = mathjax.document(`<html><body>${body}</body></html>`, {
    InputJax: new TeX({ packages: ['base'] }),
    ignoreHtmlClass: '.*',
    processHtmlClass: 'arithmatex',
  });
  document.findMath();
  return [...document.math].filter((item) => !options.displayOnly || item.display).map((item) => item.math.trim());
}

/**
 * How MathJax 3.2.2 (every package) lays a formula out, as far as spacing and limits go: for each top-level atom,
 * where its scripts go or its TeX class (ORD 0, OP 1, BIN 2, REL 3, OPEN 4, CLOSE 5, …), invisible ones (NONE) left out.
 */
export function layoutOf(tex: string, display: boolean): string[] {
  if (!layoutDocument) {
    const { mathjax, TeX, AllPackages } = mathjaxModules();
    // (bussproofs needs a typesetter; noerrors and noundefined would hide mistakes.)
    const packages = AllPackages.filter((name) => !['bussproofs', 'noerrors', 'noundefined'].includes(name));
    layoutDocument = mathjax.document('', { InputJax: new TeX({ packages }) });
  }
  const row = layoutDocument!.convert(tex, { display }).childNodes?.[0];
  const scripts = new Set(['msub', 'msup', 'msubsup', 'munder', 'mover', 'munderover']);
  // Where scripts go (beside: msub, below: munder), else the atom's class, whatever element carries it.
  return (row?.childNodes ?? []).filter((node) => node.texClass !== -1).map((node) => (scripts.has(node.kind) ? node.kind : `class ${node.texClass}`));
}
