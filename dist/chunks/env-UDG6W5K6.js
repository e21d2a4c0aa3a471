import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-74MMGTBK.js";
import "./chunk-LALCWGC4.js";
import "./chunk-25MWOMQE.js";
import "./chunk-OU6PAFWQ.js";
import "./chunk-G5GANH3I.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
