import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  expectationBadges,
  mathBadge,
  reproducedBadge
} from "./chunk-NG6FO2GR.js";
import "./chunk-VDBKTSS7.js";
import {
  runCheck
} from "./chunk-CWA7OCEE.js";
import "./chunk-27A5LF6U.js";
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-JWMK3GYR.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-SMENXNA6.js";
import {
  VerifyError,
  loadConfig
} from "./chunk-G3VOV2RF.js";
import "./chunk-WUQGJPXO.js";
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
