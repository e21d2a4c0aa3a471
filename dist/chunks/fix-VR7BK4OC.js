import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-G5QZT3KT.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-ADVYDONX.js";
import "./chunk-JIUUJUUC.js";
import "./chunk-ONC45OJD.js";
import "./chunk-MMRFFMYO.js";
import "./chunk-YNDUFFMA.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
