import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-3P3ONRJW.js";
import "./chunk-VQ7AGUXV.js";
import "./chunk-3HFFRSWY.js";
import "./chunk-ZKUM6GLU.js";
import "./chunk-OQKXYHJD.js";
import "./chunk-PGB2QAAE.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
