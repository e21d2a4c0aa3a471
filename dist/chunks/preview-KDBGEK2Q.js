import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  analyzeChanges,
  checkChangedFiles,
  renderComment
} from "./chunk-PXCO6DJJ.js";
import "./chunk-ZDL5TO5E.js";
import {
  changesFromGit
} from "./chunk-V32RXSZK.js";
import "./chunk-5ADI5KWL.js";
import "./chunk-NLB2IMXT.js";
import "./chunk-NL3WJ6CN.js";
import "./chunk-NCJQXGU4.js";
import "./chunk-3P3ONRJW.js";
import "./chunk-VQ7AGUXV.js";
import {
  changesBetween,
  readAtRevision,
  resolveOrExplain,
  topLevel
} from "./chunk-3HFFRSWY.js";
import {
  Engine,
  MAX_NOTEBOOK_BYTES,
  SiteMacros
} from "./chunk-ZKUM6GLU.js";
import {
  loadConfig,
  readFileBounded
} from "./chunk-OQKXYHJD.js";
import {
  ConfigurationError
} from "./chunk-PGB2QAAE.js";
import "./chunk-UT5ZD4FN.js";

// src/app/preview.ts
import { join, relative } from "node:path";
async function previewChanges(request) {
  const root = topLevel(request.cwd);
  if (!root) throw new ConfigurationError("preview needs a git repository (run it inside one)");
  const base = resolveOrExplain(root, request.base);
  const head = request.head === void 0 ? void 0 : resolveOrExplain(root, request.head);
  const config = loadConfig(root, request.configPath && join(relative(root, request.cwd), request.configPath));
  const engine = new Engine({ root, config, siteMacros: new SiteMacros(root) });
  const scope = request.paths.map((path) => relative(root, join(request.cwd, path)) || ".");
  const changes = changesFromGit(changesBetween(root, base, head, scope, { untracked: true }));
  const headFiles = await checkChangedFiles(
    engine,
    root,
    changes,
    (path) => config.isIncluded(path),
    async (path) => head ? readAtRevision(root, head, path) : readWorkTree(join(root, path))
  );
  const analysis = await analyzeChanges({
    engine,
    root,
    headFiles,
    changes,
    readBase: async (path) => readAtRevision(root, base, path),
    filterMode: request.filterMode
  });
  const formulas = headFiles.reduce((sum, file) => sum + file.formulaCount, 0);
  return `${renderComment({ findings: analysis.shown, files: analysis.files, formulas })}
`;
}
function readWorkTree(path) {
  const read = readFileBounded(path, MAX_NOTEBOOK_BYTES);
  return read.ok ? read.bytes : void 0;
}
export {
  previewChanges
};
