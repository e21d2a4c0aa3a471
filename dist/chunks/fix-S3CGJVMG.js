import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-4V577MXI.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-NJWDK5VL.js";
import "./chunk-6OFSYBLT.js";
import "./chunk-QWVUPYWU.js";
import "./chunk-SHQK6PMI.js";
import "./chunk-VRX2TPRX.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
