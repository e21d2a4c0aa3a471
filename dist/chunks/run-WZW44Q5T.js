import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-WKBA7TVE.js";
import "./chunk-TSGZ4TCX.js";
import "./chunk-HORJM5SV.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
