import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-OLDKSDY3.js";
import "./chunk-XTPJRISC.js";
import "./chunk-ZEJXL26P.js";
import "./chunk-75CQ23XS.js";
import "./chunk-7NZMUHCI.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
