'use strict';
/**
 * MathJax's own TeX input, as the referee: it says whether a formula renders under a profile's packages. It is
 * CommonJS so that the validator can load it synchronously, and only on first need (loading MathJax costs about
 * a tenth of a second; most runs never need it). The build bundles it as dist/mathjax-referee.cjs.
 *
 * MathJax 3.2.2 is what GitHub and JupyterLab 4 run; MathJax 4 is loaded only for the `mathjax4` profile.
 */

const MAX_DOCUMENTS = 64;

/**
 * Per engine and packages, the pages in use, the most recent last: each for one list of definitions, with how many
 * of them it has typeset.
 * @type {Map<string, Array<{ preamble: readonly string[], typeset: number, doc: { convert: (tex: string, display: boolean, fresh?: boolean) => void } }>>}
 */
const documents = new Map();
/** @type {Record<string, any> | undefined} */
let v3;
/** @type {Record<string, any> | undefined} */
let v4;

function mathjax3() {
  if (!v3) {
    const { mathjax } = require('mathjax-full/js/mathjax.js');
    const { TeX } = require('mathjax-full/js/input/tex.js');
    const { liteAdaptor } = require('mathjax-full/js/adaptors/liteAdaptor.js');
    const { RegisterHTMLHandler } = require('mathjax-full/js/handlers/html.js');
    const { STATE } = require('mathjax-full/js/core/MathItem.js');
    require('mathjax-full/js/input/tex/AllPackages.js');
    const handler = RegisterHTMLHandler(liteAdaptor());
    v3 = { mathjax, TeX, STATE, handler };
  }
  return v3;
}

function mathjax4() {
  if (!v4) {
    const { mathjax } = require('@mathjax/src/js/mathjax.js');
    const { TeX } = require('@mathjax/src/js/input/tex.js');
    const { liteAdaptor } = require('@mathjax/src/js/adaptors/liteAdaptor.js');
    const { RegisterHTMLHandler } = require('@mathjax/src/js/handlers/html.js');
    const { STATE } = require('@mathjax/src/js/core/MathItem.js');
    const { ConfigurationHandler } = require('@mathjax/src/js/input/tex/Configuration.js');
    // Explicit requires, so that a bundler sees every one.
    require('@mathjax/src/js/input/tex/base/BaseConfiguration.js');
    require('@mathjax/src/js/input/tex/ams/AmsConfiguration.js');
    require('@mathjax/src/js/input/tex/newcommand/NewcommandConfiguration.js');
    require('@mathjax/src/js/input/tex/textmacros/TextMacrosConfiguration.js');
    require('@mathjax/src/js/input/tex/configmacros/ConfigMacrosConfiguration.js');
    require('@mathjax/src/js/input/tex/action/ActionConfiguration.js');
    require('@mathjax/src/js/input/tex/amscd/AmsCdConfiguration.js');
    require('@mathjax/src/js/input/tex/bbox/BboxConfiguration.js');
    require('@mathjax/src/js/input/tex/boldsymbol/BoldsymbolConfiguration.js');
    require('@mathjax/src/js/input/tex/braket/BraketConfiguration.js');
    require('@mathjax/src/js/input/tex/cancel/CancelConfiguration.js');
    require('@mathjax/src/js/input/tex/color/ColorConfiguration.js');
    require('@mathjax/src/js/input/tex/enclose/EncloseConfiguration.js');
    require('@mathjax/src/js/input/tex/extpfeil/ExtpfeilConfiguration.js');
    require('@mathjax/src/js/input/tex/html/HtmlConfiguration.js');
    require('@mathjax/src/js/input/tex/mhchem/MhchemConfiguration.js');
    require('@mathjax/src/js/input/tex/unicode/UnicodeConfiguration.js');
    require('@mathjax/src/js/input/tex/verb/VerbConfiguration.js');
    const handler = RegisterHTMLHandler(liteAdaptor());
    // The packages loaded above are those MathJax has registered: a profile's others are left out of a page.
    const loaded = (/** @type {string} */ name) => ConfigurationHandler.get(name) !== undefined;
    v4 = { mathjax, TeX, STATE, handler, loaded };
  }
  return v4;
}

/**
 * A MathJax page set up as a renderer sets it up: its packages, its configured macros, errors thrown rather than
 * typeset as red text. `convert` typesets one formula; definitions persist from formula to formula, as on a page.
 * @param {'mathjax3' | 'mathjax4'} engine
 * @param {readonly string[]} packages
 * @param {Record<string, string | [string, number]>} [macros]
 */
function mathjaxPage(engine, packages, macros = {}) {
  const api = engine === 'mathjax4' ? mathjax4() : mathjax3();
  // `require` loads packages over the network (all are loaded here already); `bussproofs` needs a typesetter.
  const usable = engine === 'mathjax4' ? packages.filter((name) => api.loaded(name)) : packages.filter((name) => name !== 'require' && name !== 'bussproofs');
  const tex = new api.TeX({
    packages: usable,
    ...(Object.keys(macros).length > 0 && usable.includes('configmacros') ? { macros } : {}),
    formatError: (_jax, error) => {
      throw error;
    },
  });
  const html = api.mathjax.document('', { InputJax: tex });
  return {
    /** @param {string} source @param {boolean} display @param {boolean} [fresh] forget earlier labels first */
    convert(source, display, fresh = true) {
      if (fresh) tex.reset();
      html.convert(source.replace(/\\require\s*\{[^{}]*\}/g, ''), { display, end: api.STATE.COMPILED });
    },
  };
}

/**
 * A page for one profile and one macro context: the context's definitions are typeset into it once, then formulas
 * are checked against it. A document's list of definitions only grows, so the page made for that list is brought up
 * to date with the ones added since: building each page afresh made a notebook of 2,000 definitions between
 * formulas quadratic (155 s, 2.2 GB).
 * @param {'mathjax3' | 'mathjax4'} engine
 * @param {readonly string[]} packages
 * @param {readonly string[]} preamble
 */
function documentFor(engine, packages, preamble) {
  const setup = `${engine}\u0000${packages.join(',')}`;
  let pages = documents.get(setup);
  if (!pages) documents.set(setup, (pages = []));
  // The same list (one document asking again: at once), or another whose first definitions the page holds (the
  // next document, most often with the configured macros alone).
  let page =
    pages.find((candidate) => candidate.preamble === preamble && candidate.typeset <= preamble.length) ?? pages.find((candidate) => holds(candidate, preamble));
  if (page) page.preamble = preamble;
  else {
    page = { preamble, typeset: 0, doc: mathjaxPage(engine, packages) };
    if (pages.length >= MAX_DOCUMENTS) pages.shift();
    pages.push(page);
  }
  for (; page.typeset < preamble.length; page.typeset++) {
    try {
      page.doc.convert(preamble[page.typeset], true);
    } catch {
      // A malformed definition is reported by mathrepro itself; MathJax leaves the macro undefined, as here.
    }
  }
  return page;
}

/** Whether the page's typeset definitions are the first of `preamble`. */
function holds(page, preamble) {
  if (page.typeset > preamble.length) return false;
  for (let k = 0; k < page.typeset; k++) if (page.preamble[k] !== preamble[k]) return false;
  return true;
}

/**
 * Typesets `tex` as the profile would; undefined when it renders, else MathJax's error id and message.
 * @param {{ engine: 'mathjax3' | 'mathjax4', packages: readonly string[] }} profile
 * @param {readonly string[]} preamble definitions in force, in order (a list that only grows)
 * @param {string} tex
 * @param {boolean} display
 * @returns {{ id: string, message: string } | undefined}
 */
function referee(profile, preamble, tex, display) {
  const page = documentFor(profile.engine, profile.packages, preamble);
  try {
    page.doc.convert(tex, display);
    return undefined;
  } catch (error) {
    if (error && typeof error === 'object' && 'id' in error) return { id: String(error.id), message: String(error.message) };
    // Not a TeX error (a stack overflow on a hostile formula): the renderer fails on it too.
    return { id: 'Failure', message: error instanceof Error ? error.message : String(error) };
  } finally {
    // The document's definitions come in through the preamble: what this formula defined (even where the
    // renderer then refused it, as GitHub does) must not leak into the next formula's page.
    if (DEFINES.test(tex)) {
      const pages = documents.get(`${profile.engine}\u0000${profile.packages.join(',')}`) ?? [];
      pages.splice(pages.indexOf(page), 1);
    }
  }
}

const DEFINES = /\\(?:(?:re|provide|new)(?:command|environment)|[gex]?def|let|DeclareMathOperator)(?![A-Za-z@])/;

module.exports = { referee, mathjaxPage };
