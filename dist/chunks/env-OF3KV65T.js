import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  environmentFiles,
  lintEnvText,
  runEnvLint
} from "./chunk-3ULJFTJO.js";
import "./chunk-A7SQ3BFX.js";
import "./chunk-J4UY3LKN.js";
import "./chunk-V33ZOICZ.js";
import "./chunk-T4R24WAU.js";
import "./chunk-UT5ZD4FN.js";
export {
  environmentFiles,
  lintEnvText,
  runEnvLint
};
