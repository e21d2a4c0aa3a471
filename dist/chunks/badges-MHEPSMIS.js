import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  badgeFiles,
  expectationBadges,
  mathBadge,
  reproducedBadge
} from "./chunk-L2J5KLJZ.js";
import "./chunk-UT5ZD4FN.js";
export {
  badgeFiles,
  expectationBadges,
  mathBadge,
  reproducedBadge
};
