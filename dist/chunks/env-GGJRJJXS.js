import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-GMDXZZDK.js";
import "./chunk-D63MZIVF.js";
import "./chunk-X44PSRUF.js";
import "./chunk-SCIK4M3L.js";
import "./chunk-JXVA2G3U.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
