// Writes src/math/mathjax-names.generated.ts: for each TeX package of MathJax 3.2.2 and MathJax 4, the control
// sequences and environments it defines. The validator uses the lists to tell, without loading MathJax, whether a
// formula KaTeX accepted may still fail under a profile (a command the profile's MathJax does not define), and
// only then asks MathJax itself. `node scripts/mathjax-names.mjs --check` fails when the file is out of date.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const target = new URL('../src/math/mathjax-names.generated.ts', import.meta.url);

function namesOf(root, packages) {
  const { ConfigurationHandler } = require(`${root}/input/tex/Configuration.js`);
  const { MapHandler } = require(`${root}/input/tex/MapHandler.js`);
  const result = {};
  for (const name of packages) {
    const configuration = ConfigurationHandler.get(name);
    if (!configuration) continue;
    const macros = new Set();
    const environments = new Set();
    for (const mapName of configuration.handler.macro ?? []) {
      const map = MapHandler.getMap(mapName);
      // Delimiter maps key their commands with the backslash (`\\lfloor`), the others without (`frac`).
      for (const key of map?.map?.keys() ?? []) {
        const name = key.length > 1 && key.startsWith('\\') ? key.slice(1) : key;
        if (/^[A-Za-z@]+$|^.$/.test(name)) macros.add(name);
      }
    }
    for (const mapName of configuration.handler.environment ?? []) {
      const map = MapHandler.getMap(mapName);
      for (const key of map?.map?.keys() ?? []) environments.add(key);
    }
    result[name] = { macros: [...macros].sort(), environments: [...environments].sort() };
  }
  return result;
}

require('mathjax-full/js/input/tex/AllPackages.js');
require('mathjax-full/js/input/tex/require/RequireConfiguration.js');
require('mathjax-full/js/input/tex/physics/PhysicsConfiguration.js');
const v3Packages = [
  'base',
  'action',
  'ams',
  'amscd',
  'bbox',
  'boldsymbol',
  'braket',
  'bussproofs',
  'cancel',
  'cases',
  'centernot',
  'color',
  'colortbl',
  'empheq',
  'enclose',
  'extpfeil',
  'gensymb',
  'html',
  'mathtools',
  'mhchem',
  'newcommand',
  'upgreek',
  'unicode',
  'verb',
  'configmacros',
  'tagformat',
  'textcomp',
  'textmacros',
  'require',
  'physics',
];
const v4Packages = [
  'base',
  'ams',
  'newcommand',
  'textmacros',
  'configmacros',
  'action',
  'amscd',
  'bbox',
  'boldsymbol',
  'braket',
  'cancel',
  'color',
  'enclose',
  'extpfeil',
  'html',
  'mhchem',
  'unicode',
  'verb',
  'require',
];
const v4Files = {
  base: 'base/BaseConfiguration',
  ams: 'ams/AmsConfiguration',
  newcommand: 'newcommand/NewcommandConfiguration',
  textmacros: 'textmacros/TextMacrosConfiguration',
  configmacros: 'configmacros/ConfigMacrosConfiguration',
  action: 'action/ActionConfiguration',
  amscd: 'amscd/AmsCdConfiguration',
  bbox: 'bbox/BboxConfiguration',
  boldsymbol: 'boldsymbol/BoldsymbolConfiguration',
  braket: 'braket/BraketConfiguration',
  cancel: 'cancel/CancelConfiguration',
  color: 'color/ColorConfiguration',
  enclose: 'enclose/EncloseConfiguration',
  extpfeil: 'extpfeil/ExtpfeilConfiguration',
  html: 'html/HtmlConfiguration',
  mhchem: 'mhchem/MhchemConfiguration',
  unicode: 'unicode/UnicodeConfiguration',
  verb: 'verb/VerbConfiguration',
  require: 'require/RequireConfiguration',
};
for (const file of Object.values(v4Files)) require(`@mathjax/src/js/input/tex/${file}.js`);

/** The commands textmacros accepts inside \\text{…}: any other is an error there. */
function textModeNames(root) {
  const { MapHandler } = require(`${root}/input/tex/MapHandler.js`);
  const names = new Set();
  for (const mapName of ['text-macros', 'text-special']) {
    for (const key of MapHandler.getMap(mapName)?.map?.keys() ?? []) if (/^[A-Za-z@]+$|^.$/.test(key)) names.add(key);
  }
  return [...names].sort();
}

/**
 * The commands KaTeX itself defines: every command name its bundle mentions, and every control symbol, that its
 * parser does not call undefined. A formula KaTeX accepts can fail in MathJax through one of these alone.
 */
function katexNames() {
  const katex = require('katex');
  const source = readFileSync(require.resolve('katex/dist/katex.mjs'), 'utf8');
  const candidates = new Set([...source.matchAll(/["']\\\\([A-Za-z]+)["']/g)].map((m) => m[1]));
  for (let code = 33; code < 127; code++) if (!/[A-Za-z]/.test(String.fromCharCode(code))) candidates.add(String.fromCharCode(code));
  const defined = [];
  // \\show, \\message and \\errmessage print while parsing.
  const { log, error, warn } = console;
  console.log = console.error = console.warn = () => {};
  for (const name of candidates) {
    try {
      katex.__parse(`\\${name}{a}{b}{c}`, { throwOnError: true, displayMode: true, strict: 'ignore', trust: true });
      defined.push(name);
    } catch (error) {
      if (!String(error.message).includes('Undefined control sequence')) defined.push(name);
    }
  }
  Object.assign(console, { log, error, warn });
  return defined.sort();
}

const data = {
  katex: { all: { macros: katexNames(), environments: [] } },
  mathjax3: { ...namesOf('mathjax-full/js', v3Packages), 'text-mode': { macros: textModeNames('mathjax-full/js'), environments: [] } },
  mathjax4: { ...namesOf('@mathjax/src/js', v4Packages), 'text-mode': { macros: textModeNames('@mathjax/src/js'), environments: [] } },
};
// One package to a line: a diff shows which package changed.
const body = JSON.stringify(data).replace(/\},"/g, '},\n  "');
const text = `// Generated by scripts/mathjax-names.mjs from mathjax-full 3.2.2 and @mathjax/src 4: do not edit.
// For each TeX package, the control sequences (without backslash) and environments it defines; under
// "text-mode", the commands textmacros accepts inside \\text{…}; under "katex", the commands KaTeX defines.
export const MATHJAX_NAMES: Record<'mathjax3' | 'mathjax4' | 'katex', Record<string, { macros: readonly string[]; environments: readonly string[] }>> = ${body};
`;
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error('src/math/mathjax-names.generated.ts is out of date: run node scripts/mathjax-names.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
}
