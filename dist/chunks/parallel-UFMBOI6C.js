import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  PARALLEL_THRESHOLD_BYTES,
  checkFilesInParallel,
  serveWorker
} from "./chunk-BI7NSFNF.js";
import "./chunk-XDSPR27K.js";
import "./chunk-SUOCGQ25.js";
import "./chunk-AGQ4WPX7.js";
import "./chunk-UT5ZD4FN.js";
export {
  PARALLEL_THRESHOLD_BYTES,
  checkFilesInParallel,
  serveWorker
};
