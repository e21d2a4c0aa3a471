import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-ICLQSYU2.js";
import "./chunk-F554RLCC.js";
import "./chunk-X24MHJKL.js";
import "./chunk-6256C7X5.js";
import "./chunk-VNX4K5WP.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
