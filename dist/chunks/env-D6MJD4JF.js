import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-YEUUC2U5.js";
import "./chunk-3XCX6MIH.js";
import "./chunk-L2SHCQ5K.js";
import "./chunk-HXXIW63V.js";
import "./chunk-3GCCWERR.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
