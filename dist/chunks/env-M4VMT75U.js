import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-QQ77DIKB.js";
import "./chunk-NUYVMLXS.js";
import "./chunk-G2GPTBHW.js";
import "./chunk-ENHGRAZT.js";
import "./chunk-2JOQIJPX.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
