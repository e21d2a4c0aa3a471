import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-V6ZUXTV4.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-EPTW44CK.js";
import "./chunk-4EK3HCZU.js";
import "./chunk-4EWRNCPD.js";
import "./chunk-Z3FXPJDH.js";
import "./chunk-XPHMBMAG.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
