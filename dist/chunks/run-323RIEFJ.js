import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-CSIDVOHL.js";
import "./chunk-BYX4YGW6.js";
import "./chunk-MLKVOGBF.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
