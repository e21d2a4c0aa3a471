import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-HPE2BQ2I.js";
import "./chunk-JSEDVNVW.js";
import "./chunk-CRTVYE6D.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
