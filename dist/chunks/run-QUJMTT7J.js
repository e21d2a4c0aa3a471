import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-CXEYY737.js";
import "./chunk-W26RWI5B.js";
import "./chunk-KO6C3NQI.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
