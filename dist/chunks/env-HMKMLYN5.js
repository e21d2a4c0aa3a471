import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-SPHX5LEN.js";
import "./chunk-MWOOLR7B.js";
import "./chunk-OFX5JXYE.js";
import "./chunk-QJLXXU3L.js";
import "./chunk-UXNPNM75.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
