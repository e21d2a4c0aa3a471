import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-JVY6READ.js";
import "./chunk-EAXUYUM3.js";
import "./chunk-3SO2ASXN.js";
import "./chunk-P22LPPWU.js";
import "./chunk-VRLLULHZ.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
