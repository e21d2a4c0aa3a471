import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  prepareRun,
  runCheck,
  runCheckInParallel,
  runCheckOfText,
  trackedOnce
} from "./chunk-R2AX6ZV4.js";
import "./chunk-FFJ2IB5F.js";
import "./chunk-SXH5YP6M.js";
import "./chunk-ZXWMXPXJ.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  prepareRun,
  runCheck,
  runCheckInParallel,
  runCheckOfText,
  trackedOnce
};
