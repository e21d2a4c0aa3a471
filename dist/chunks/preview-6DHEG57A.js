import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  changesFromGit,
  checkPullRequest,
  readWorkTree,
  renderComment
} from "./chunk-OT6OGC2D.js";
import "./chunk-RQJOGPUQ.js";
import "./chunk-IOSWZBGQ.js";
import "./chunk-VDBKTSS7.js";
import "./chunk-YXD2BQHA.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-LFITFICU.js";
import "./chunk-CWA7OCEE.js";
import "./chunk-27A5LF6U.js";
import {
  changesBetween,
  readAtRevision,
  resolveOrExplain,
  topLevel
} from "./chunk-SMENXNA6.js";
import {
  ConfigurationError,
  loadConfig
} from "./chunk-G3VOV2RF.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";

// src/app/preview.ts
import { join, relative } from "node:path";
async function previewChanges(request) {
  const root = topLevel(request.cwd);
  if (!root) throw new ConfigurationError("preview needs a git repository (run it inside one)");
  const base = resolveOrExplain(root, request.base);
  const head = request.head === void 0 ? void 0 : resolveOrExplain(root, request.head);
  const config = loadConfig(root, request.configPath && join(relative(root, request.cwd), request.configPath));
  const scope = request.paths.map((path) => relative(root, join(request.cwd, path)) || ".");
  const checked = await checkPullRequest({
    root,
    paths: scope,
    config,
    filterMode: request.filterMode,
    sources: {
      // The work tree's new files count even before `git add` (ignored ones do not).
      changes: async () => changesFromGit(changesBetween(root, base, head, scope, { untracked: true })),
      head: async (path) => head ? readAtRevision(root, head, path) : readWorkTree(join(root, path)),
      base: async (path) => readAtRevision(root, base, path)
    }
  });
  return `${renderComment({ findings: checked.shown, files: checked.files, formulas: checked.report.summary.formulas })}
`;
}
export {
  previewChanges
};
