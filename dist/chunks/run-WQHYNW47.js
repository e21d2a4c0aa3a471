import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-CARQZNYP.js";
import "./chunk-O5522XGE.js";
import "./chunk-YN4SBT2A.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
