import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-3N7YAZAL.js";
import "./chunk-M6ITNLKH.js";
import "./chunk-3OLNQGQV.js";
import "./chunk-MXZSHMUQ.js";
import "./chunk-KZATUAOX.js";
import "./chunk-ERFXLS72.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
