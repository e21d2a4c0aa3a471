import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  prepareRun,
  runCheck,
  runCheckInParallel,
  runCheckOfText,
  trackedOnce
} from "./chunk-OG3QQNDE.js";
import "./chunk-AUFB7IRR.js";
import "./chunk-MKO3LJEL.js";
import "./chunk-42QDMLYM.js";
import "./chunk-ERFXLS72.js";
import "./chunk-UT5ZD4FN.js";
export {
  prepareRun,
  runCheck,
  runCheckInParallel,
  runCheckOfText,
  trackedOnce
};
