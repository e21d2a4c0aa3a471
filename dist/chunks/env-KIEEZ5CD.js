import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-ULM7VDYF.js";
import "./chunk-7KGQKWJU.js";
import "./chunk-UOXHUP3E.js";
import "./chunk-7PHAIANN.js";
import "./chunk-MAFO4F64.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
