import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-JTLRLGWD.js";
import "./chunk-IMVZ6JOU.js";
import "./chunk-OQVLXIAV.js";
import "./chunk-6FSTT4XG.js";
import "./chunk-637I5TL2.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
