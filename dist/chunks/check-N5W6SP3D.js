import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  prepareRun,
  runCheck,
  runCheckInParallel,
  runCheckOfText,
  trackedOnce
} from "./chunk-DMXUL3MD.js";
import "./chunk-TQOPGIYK.js";
import "./chunk-PMJPWPOU.js";
import "./chunk-PPI3OZ2W.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  prepareRun,
  runCheck,
  runCheckInParallel,
  runCheckOfText,
  trackedOnce
};
