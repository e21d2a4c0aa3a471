import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-FBIGJE2Y.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-4TEAZBO2.js";
import "./chunk-FRCJWNVB.js";
import "./chunk-UBAADNFV.js";
import "./chunk-P22LPPWU.js";
import "./chunk-VRLLULHZ.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
