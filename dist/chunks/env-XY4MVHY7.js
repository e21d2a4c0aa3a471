import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-4EYTBT6T.js";
import "./chunk-TOGTSGAC.js";
import "./chunk-7NGUWIXV.js";
import "./chunk-54Z6RF5E.js";
import "./chunk-SC5PJBJN.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
