import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-N4A36HGF.js";
import "./chunk-THDDX6AS.js";
import "./chunk-SOEZEM56.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
