import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  PARALLEL_THRESHOLD_BYTES,
  checkFilesInParallel,
  serveWorker
} from "./chunk-K55EABOI.js";
import "./chunk-MMOBJ7DY.js";
import "./chunk-TNGWPPYM.js";
import "./chunk-LMEGT5UD.js";
import "./chunk-JPKO6Y32.js";
import "./chunk-UT5ZD4FN.js";
export {
  PARALLEL_THRESHOLD_BYTES,
  checkFilesInParallel,
  serveWorker
};
