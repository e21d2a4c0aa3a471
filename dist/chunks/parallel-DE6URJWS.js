import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  PARALLEL_THRESHOLD_BYTES,
  checkFilesInParallel,
  serveWorker
} from "./chunk-XGIHJTRJ.js";
import "./chunk-4AKDBPXO.js";
import "./chunk-SROMTZ3L.js";
import "./chunk-UT5ZD4FN.js";
export {
  PARALLEL_THRESHOLD_BYTES,
  checkFilesInParallel,
  serveWorker
};
