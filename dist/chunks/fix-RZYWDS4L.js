import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-P7GJPWKH.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-HHDKAPDP.js";
import "./chunk-2T3JMKSH.js";
import "./chunk-43MDPR2M.js";
import "./chunk-P22LPPWU.js";
import "./chunk-VRLLULHZ.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
