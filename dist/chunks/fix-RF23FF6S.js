import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-GGIH32JF.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-T5KAF3S7.js";
import "./chunk-VWFIBEED.js";
import "./chunk-OYFYVDZB.js";
import "./chunk-JPETYAJZ.js";
import "./chunk-PFXQH53V.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
