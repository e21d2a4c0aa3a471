import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-K2NXJQ5D.js";
import "./chunk-OQAJL4CR.js";
import "./chunk-ICDO52LI.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
