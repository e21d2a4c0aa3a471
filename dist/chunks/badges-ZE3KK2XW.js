import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-5MRPMTBD.js";
import {
  expectationBadges,
  mathBadge,
  reproducedBadge
} from "./chunk-KQ2XDIVC.js";
import "./chunk-5ADI5KWL.js";
import {
  runCheck
} from "./chunk-EPCEZ4OR.js";
import "./chunk-3HFFRSWY.js";
import "./chunk-5IQ3HGZN.js";
import {
  loadConfig
} from "./chunk-OQKXYHJD.js";
import {
  VerifyError
} from "./chunk-IE56FP72.js";
import "./chunk-PGB2QAAE.js";
import "./chunk-UT5ZD4FN.js";

// src/app/badges.ts
function badgesFor(request) {
  const config = loadConfig(request.root, request.configPath);
  const { report } = runCheck({ root: request.root, paths: request.paths, config });
  const badges = [mathBadge(report)];
  const file = reproduceDocument(request.root, config, request.reproduceFile);
  if (!file) return badges;
  try {
    const verification = verifyRepository({ root: request.root, file, config });
    badges.push(reproducedBadge(verification));
    if (request.perExpectation) badges.push(...expectationBadges(verification));
  } catch (error) {
    if (!(error instanceof VerifyError)) throw error;
    badges.push({ name: "reproduced", label: "reproduced", message: "error", color: "red" });
  }
  return badges;
}
export {
  badgesFor
};
