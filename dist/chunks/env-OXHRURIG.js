import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-4SC6XDGV.js";
import "./chunk-THEOBHEM.js";
import "./chunk-JSVHYINH.js";
import "./chunk-NSLKCUE4.js";
import "./chunk-QHRM34D2.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
