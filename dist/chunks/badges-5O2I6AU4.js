import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  badgeFiles,
  expectationBadges,
  mathBadge,
  reproducedBadge
} from "./chunk-NG6FO2GR.js";
import "./chunk-VDBKTSS7.js";
import "./chunk-UT5ZD4FN.js";
export {
  badgeFiles,
  expectationBadges,
  mathBadge,
  reproducedBadge
};
