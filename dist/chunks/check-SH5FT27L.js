import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  prepareRun,
  runCheck,
  runCheckInParallel,
  runCheckOfText,
  trackedOnce
} from "./chunk-7MRIRVBU.js";
import "./chunk-6Y5EA5G2.js";
import "./chunk-NNXKG6LM.js";
import "./chunk-RGXOPABP.js";
import "./chunk-UT5ZD4FN.js";
export {
  prepareRun,
  runCheck,
  runCheckInParallel,
  runCheckOfText,
  trackedOnce
};
