import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-7IC2OVBJ.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-AHLCJ7L2.js";
import "./chunk-RHJPIG5C.js";
import "./chunk-WLWTUL3I.js";
import "./chunk-FIHSSRJV.js";
import "./chunk-VD4WRPLE.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
