import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-D3RVVUXX.js";
import "./chunk-TNGWPPYM.js";
import "./chunk-5QMDDMHH.js";
import "./chunk-LMEGT5UD.js";
import "./chunk-JPKO6Y32.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
