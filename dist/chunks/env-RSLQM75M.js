import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-SVVYNUWQ.js";
import "./chunk-VTIFJQKR.js";
import "./chunk-OQT2MDC5.js";
import "./chunk-NAVMSWUT.js";
import "./chunk-LSHJEJF3.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
