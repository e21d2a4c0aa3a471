import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-K5FV5P6P.js";
import "./chunk-EH6LYDB2.js";
import "./chunk-442XVHGH.js";
import "./chunk-SSPP3S5Y.js";
import "./chunk-XTTI4WXR.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
