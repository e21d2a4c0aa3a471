import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  PARALLEL_THRESHOLD_BYTES,
  checkFilesInParallel,
  serveWorker
} from "./chunk-ZC3BBSTN.js";
import "./chunk-6Y5EA5G2.js";
import "./chunk-RGXOPABP.js";
import "./chunk-UT5ZD4FN.js";
export {
  PARALLEL_THRESHOLD_BYTES,
  checkFilesInParallel,
  serveWorker
};
