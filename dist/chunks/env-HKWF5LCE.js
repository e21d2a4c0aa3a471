import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-EROCKYY4.js";
import "./chunk-ISUQS3UI.js";
import "./chunk-K4BM4XBS.js";
import "./chunk-V4VBT237.js";
import "./chunk-GA4DLUJT.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
