import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-HPYFG4AE.js";
import "./chunk-Q76KCGRT.js";
import "./chunk-JODNAC57.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
