import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-ORTARPTQ.js";
import "./chunk-TZ4DV5RC.js";
import "./chunk-SU7L4JFL.js";
import "./chunk-BGWHZMTW.js";
import "./chunk-UFLFCYPR.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
