import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-MVGM6SQ7.js";
import "./chunk-NCJQXGU4.js";
import "./chunk-NKW6OM67.js";
import "./chunk-5OTVUEM2.js";
import "./chunk-GX34ASVL.js";
import "./chunk-MXZSHMUQ.js";
import "./chunk-KZATUAOX.js";
import "./chunk-ERFXLS72.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
