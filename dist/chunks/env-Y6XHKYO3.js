import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-X7XXEEHF.js";
import "./chunk-ZCUVY7LS.js";
import "./chunk-JZ3USSDL.js";
import "./chunk-7RIWKWNI.js";
import "./chunk-LE5G3FTI.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
