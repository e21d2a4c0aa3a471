import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-45Y6WGXA.js";
import "./chunk-HA4ZE5WA.js";
import "./chunk-OJNN6IVW.js";
import "./chunk-DDSW4QFO.js";
import "./chunk-IYPVRAR2.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
