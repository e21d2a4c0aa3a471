import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-HM6BO6PH.js";
import "./chunk-ITQ4NYJK.js";
import "./chunk-R6ULECDM.js";
import "./chunk-JPETYAJZ.js";
import "./chunk-PFXQH53V.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
