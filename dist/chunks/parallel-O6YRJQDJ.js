import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  PARALLEL_THRESHOLD_BYTES,
  checkFilesInParallel,
  serveWorker
} from "./chunk-JPG5KO67.js";
import "./chunk-4M2JMVGA.js";
import "./chunk-THEOBHEM.js";
import "./chunk-NSLKCUE4.js";
import "./chunk-QHRM34D2.js";
import "./chunk-UT5ZD4FN.js";
export {
  PARALLEL_THRESHOLD_BYTES,
  checkFilesInParallel,
  serveWorker
};
