import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  prepareRun,
  runCheck,
  runCheckInParallel,
  runCheckOfText,
  trackedOnce
} from "./chunk-EPCEZ4OR.js";
import "./chunk-3HFFRSWY.js";
import "./chunk-5IQ3HGZN.js";
import "./chunk-OQKXYHJD.js";
import "./chunk-PGB2QAAE.js";
import "./chunk-UT5ZD4FN.js";
export {
  prepareRun,
  runCheck,
  runCheckInParallel,
  runCheckOfText,
  trackedOnce
};
