import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-L7H2DOIM.js";
import "./chunk-FOGYGLER.js";
import "./chunk-WMTGKNE6.js";
import "./chunk-QMO5UOR4.js";
import "./chunk-V5UCXW3A.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
