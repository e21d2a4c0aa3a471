import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  PARALLEL_THRESHOLD_BYTES,
  checkFilesInParallel,
  serveWorker
} from "./chunk-RIWAM2RR.js";
import "./chunk-XOEXCT4F.js";
import "./chunk-SPXMWXEZ.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  PARALLEL_THRESHOLD_BYTES,
  checkFilesInParallel,
  serveWorker
};
