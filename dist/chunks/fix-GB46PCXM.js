import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-YE3G5UKG.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-JWFHLY7H.js";
import "./chunk-PZMF77DX.js";
import "./chunk-WKVXFBYZ.js";
import "./chunk-SHQK6PMI.js";
import "./chunk-VRX2TPRX.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
