import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-GKWEJYUW.js";
import "./chunk-72WKF7T4.js";
import "./chunk-DECLQQLM.js";
import "./chunk-V33ZOICZ.js";
import "./chunk-T4R24WAU.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
