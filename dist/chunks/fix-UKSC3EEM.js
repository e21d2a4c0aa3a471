import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-PHJYSCCY.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-NOTLUAEJ.js";
import "./chunk-5AOY3DIC.js";
import "./chunk-OZBZL4IS.js";
import "./chunk-Z3FXPJDH.js";
import "./chunk-XPHMBMAG.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
