import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-WDIVJSHG.js";
import "./chunk-7ZW6T2YC.js";
import "./chunk-2LZNKHMN.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
