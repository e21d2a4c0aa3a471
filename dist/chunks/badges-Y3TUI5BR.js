import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  badgeFiles,
  expectationBadges,
  mathBadge,
  reproducedBadge
} from "./chunk-KQ2XDIVC.js";
import "./chunk-5ADI5KWL.js";
import "./chunk-UT5ZD4FN.js";
export {
  badgeFiles,
  expectationBadges,
  mathBadge,
  reproducedBadge
};
