import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-5JGXRNNC.js";
import "./chunk-VFW5E2TK.js";
import "./chunk-T2HGBILG.js";
import "./chunk-6XRCBR3C.js";
import "./chunk-WCMLLFH7.js";
import "./chunk-NAVMSWUT.js";
import "./chunk-LSHJEJF3.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
