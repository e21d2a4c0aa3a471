import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-BHPIQIRE.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-P2A3CAWM.js";
import "./chunk-7ZHSULY5.js";
import "./chunk-BNINEE4C.js";
import "./chunk-P22LPPWU.js";
import "./chunk-VRLLULHZ.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
