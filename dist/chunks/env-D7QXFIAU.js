import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-LFITFICU.js";
import "./chunk-CWA7OCEE.js";
import "./chunk-27A5LF6U.js";
import "./chunk-SMENXNA6.js";
import "./chunk-G3VOV2RF.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
