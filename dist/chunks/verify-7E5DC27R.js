import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-AIX7CYZ4.js";
import "./chunk-AUFB7IRR.js";
import "./chunk-42QDMLYM.js";
import "./chunk-KGGNOSMD.js";
import "./chunk-ERFXLS72.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
