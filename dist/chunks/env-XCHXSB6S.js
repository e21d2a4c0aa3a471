import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-RBMDHBOM.js";
import "./chunk-JCSELHI4.js";
import "./chunk-VQSRS3RV.js";
import "./chunk-Z43JH2VH.js";
import "./chunk-5EWAB3JG.js";
import "./chunk-M6TRAWAB.js";
import "./chunk-PTSXCANT.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
