import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  expectationBadges,
  mathBadge,
  reproducedBadge
} from "./chunk-QJAQTLHL.js";
import "./chunk-5ADI5KWL.js";
import {
  runCheck
} from "./chunk-BT5M4I36.js";
import "./chunk-UAX7BOGI.js";
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-HTLOY22J.js";
import "./chunk-5GAP5TYK.js";
import {
  loadConfig
} from "./chunk-6CXV5Q5C.js";
import {
  VerifyError
} from "./chunk-HG4T5FEA.js";
import "./chunk-B6JGVCYG.js";
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
