import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-JWFHLY7H.js";
import "./chunk-PZMF77DX.js";
import "./chunk-WKVXFBYZ.js";
import "./chunk-SHQK6PMI.js";
import "./chunk-VRX2TPRX.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
