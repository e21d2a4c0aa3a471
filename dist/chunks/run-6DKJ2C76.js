import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-OSAYOWGH.js";
import "./chunk-BTEAT7W6.js";
import "./chunk-KO6C3NQI.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
