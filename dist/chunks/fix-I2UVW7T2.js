import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-65NQOHZI.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-ORTARPTQ.js";
import "./chunk-TZ4DV5RC.js";
import "./chunk-SU7L4JFL.js";
import "./chunk-BGWHZMTW.js";
import "./chunk-UFLFCYPR.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
