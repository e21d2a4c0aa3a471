import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-75WIN2IU.js";
import "./chunk-EVYVX53W.js";
import "./chunk-P4DWQL2V.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
