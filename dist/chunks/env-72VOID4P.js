import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-SB3GPMVH.js";
import "./chunk-RO52QAYU.js";
import "./chunk-OI4A2JGT.js";
import "./chunk-ECHPMTUP.js";
import "./chunk-JFCYZC4X.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
