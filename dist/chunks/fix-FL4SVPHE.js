import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-RNAPT3GV.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-ZZB2VL2P.js";
import "./chunk-YQC5AJNY.js";
import "./chunk-DNBIRS6U.js";
import "./chunk-IJRYXLKJ.js";
import "./chunk-DVEK7VQ3.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
