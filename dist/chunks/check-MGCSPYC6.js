import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  prepareRun,
  runCheck,
  runCheckInParallel,
  runCheckOfText,
  trackedOnce
} from "./chunk-33QSZDZ7.js";
import "./chunk-XOEXCT4F.js";
import "./chunk-EYFP5HGV.js";
import "./chunk-SPXMWXEZ.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  prepareRun,
  runCheck,
  runCheckInParallel,
  runCheckOfText,
  trackedOnce
};
