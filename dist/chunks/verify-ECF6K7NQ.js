import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-XDPO5OC3.js";
import "./chunk-Z43JH2VH.js";
import "./chunk-5EWAB3JG.js";
import "./chunk-M6TRAWAB.js";
import "./chunk-E7N74QXR.js";
import "./chunk-PTSXCANT.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
