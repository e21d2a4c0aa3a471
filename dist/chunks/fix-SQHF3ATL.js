import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-TYYDZ4FZ.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-V3XQQYJY.js";
import "./chunk-NM4VMMDM.js";
import "./chunk-C5VUS3BI.js";
import "./chunk-7RIWKWNI.js";
import "./chunk-LE5G3FTI.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
