import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-SANLWKQG.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-BGKPWFBF.js";
import "./chunk-Y5W52BXS.js";
import "./chunk-Z3GPNJPE.js";
import "./chunk-JXGSZAYM.js";
import "./chunk-LPYZAJPB.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
