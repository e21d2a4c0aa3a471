import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-IVYKU2DN.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-YDIYTY4M.js";
import "./chunk-JX2CLW6Y.js";
import "./chunk-YWUFIVK7.js";
import "./chunk-Z3FXPJDH.js";
import "./chunk-XPHMBMAG.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
