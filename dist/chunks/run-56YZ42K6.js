import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-7BBKF5EZ.js";
import "./chunk-6UXLBTO5.js";
import "./chunk-MLKVOGBF.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
