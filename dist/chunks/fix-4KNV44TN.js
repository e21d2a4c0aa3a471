import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-MJHDLPIK.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-MZCT6QVK.js";
import "./chunk-7MRIRVBU.js";
import "./chunk-6Y5EA5G2.js";
import "./chunk-NNXKG6LM.js";
import "./chunk-RGXOPABP.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
