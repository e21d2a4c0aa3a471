import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  PARALLEL_THRESHOLD_BYTES,
  checkFilesInParallel,
  serveWorker
} from "./chunk-NA4DTQRG.js";
import "./chunk-GW3CYNTB.js";
import "./chunk-S6VRSVFL.js";
import "./chunk-B2N53MOW.js";
import "./chunk-GUR7AGTL.js";
import "./chunk-UT5ZD4FN.js";
export {
  PARALLEL_THRESHOLD_BYTES,
  checkFilesInParallel,
  serveWorker
};
