import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-4MEMIFGG.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-SB3GPMVH.js";
import "./chunk-RO52QAYU.js";
import "./chunk-OI4A2JGT.js";
import "./chunk-ECHPMTUP.js";
import "./chunk-JFCYZC4X.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
