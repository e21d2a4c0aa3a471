import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-26EGGWXT.js";
import "./chunk-OYCZ3TEJ.js";
import "./chunk-ERQLXFBS.js";
import "./chunk-FYBVH2SZ.js";
import "./chunk-7WCI3A3X.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
