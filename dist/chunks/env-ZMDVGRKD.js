import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-UPLQ6QVK.js";
import "./chunk-AG3H3HLB.js";
import "./chunk-EMFTY3TB.js";
import "./chunk-UC5OWBEX.js";
import "./chunk-5NZOQL4J.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
