import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-2UB7XYXD.js";
import "./chunk-NCJQXGU4.js";
import "./chunk-2RLDVDW5.js";
import "./chunk-LNHCSUAV.js";
import "./chunk-XDSPR27K.js";
import "./chunk-OV4HXMXW.js";
import "./chunk-SUOCGQ25.js";
import "./chunk-AGQ4WPX7.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
