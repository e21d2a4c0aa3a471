import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runCheck
} from "./chunk-LGEUQR5R.js";
import "./chunk-MMOBJ7DY.js";
import "./chunk-TNGWPPYM.js";
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-BIDTQ4ZY.js";
import "./chunk-5QMDDMHH.js";
import "./chunk-FHWNT5LE.js";
import {
  loadConfig
} from "./chunk-LMEGT5UD.js";
import {
  VerifyError
} from "./chunk-6W2TVXCH.js";
import "./chunk-JPKO6Y32.js";
import {
  expectationBadges,
  mathBadge,
  reproducedBadge
} from "./chunk-QJAQTLHL.js";
import "./chunk-5ADI5KWL.js";
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
