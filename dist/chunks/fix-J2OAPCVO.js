import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-UOCUYJ2E.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-IURHPB5P.js";
import "./chunk-EJRCYTLG.js";
import "./chunk-BVU7KQQD.js";
import "./chunk-Y63P2KUV.js";
import "./chunk-OYNFTVYJ.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
