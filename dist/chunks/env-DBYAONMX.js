import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-ADVYDONX.js";
import "./chunk-JIUUJUUC.js";
import "./chunk-ONC45OJD.js";
import "./chunk-MMRFFMYO.js";
import "./chunk-YNDUFFMA.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
