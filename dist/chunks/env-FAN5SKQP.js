import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-F2OBS2BH.js";
import "./chunk-OFUXQU3V.js";
import "./chunk-CMIONJBP.js";
import "./chunk-UJYBFMQF.js";
import "./chunk-L2MJVNV6.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
