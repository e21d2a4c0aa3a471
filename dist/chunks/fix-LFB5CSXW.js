import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-SRDXTKUR.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-HQJ5VRYJ.js";
import "./chunk-AK45NAAV.js";
import "./chunk-Q7HYQLQU.js";
import "./chunk-DJMCZW3H.js";
import "./chunk-GK3A3DAN.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
