import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-D7CDB273.js";
import "./chunk-P6CRP7UH.js";
import "./chunk-CI3JEEAB.js";
import "./chunk-UB24MFBI.js";
import "./chunk-NPQUUB5J.js";
import "./chunk-QO4G7SHR.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
