import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-G6VWALNO.js";
import "./chunk-WPCMYJV6.js";
import "./chunk-KXILLDM5.js";
import "./chunk-UB24MFBI.js";
import "./chunk-NPQUUB5J.js";
import "./chunk-QO4G7SHR.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
