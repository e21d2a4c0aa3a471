import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-2N4MAVZJ.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-WFG76SEY.js";
import "./chunk-I7O3RXER.js";
import "./chunk-QZFRDZFU.js";
import "./chunk-Y63P2KUV.js";
import "./chunk-OYNFTVYJ.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
