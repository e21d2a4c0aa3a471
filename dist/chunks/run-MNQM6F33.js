import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-FEMJGD3V.js";
import "./chunk-RTYPKMGN.js";
import "./chunk-OQDE4IGJ.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
