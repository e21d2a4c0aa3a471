import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-S6F3BO4N.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-6TBJUXAA.js";
import "./chunk-NX32S7UU.js";
import "./chunk-BPWX4IM6.js";
import "./chunk-C5LR6PVH.js";
import "./chunk-UV2QP67O.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
