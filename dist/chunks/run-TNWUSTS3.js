import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-TVZNEYVJ.js";
import "./chunk-BDBSAV2A.js";
import "./chunk-KOPXJMFZ.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
