import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  prepareRun,
  runCheck,
  runCheckInParallel,
  runCheckOfText,
  trackedOnce
} from "./chunk-MTLEUD3C.js";
import "./chunk-MTEQ4EU2.js";
import "./chunk-ACB43GID.js";
import "./chunk-ZATNTGCQ.js";
import "./chunk-UT5ZD4FN.js";
export {
  prepareRun,
  runCheck,
  runCheckInParallel,
  runCheckOfText,
  trackedOnce
};
