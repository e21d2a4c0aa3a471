import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-6TBJUXAA.js";
import "./chunk-NX32S7UU.js";
import "./chunk-BPWX4IM6.js";
import "./chunk-C5LR6PVH.js";
import "./chunk-UV2QP67O.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
