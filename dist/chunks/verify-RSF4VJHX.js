import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-SDJBOFFW.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-FYBVH2SZ.js";
import "./chunk-7WCI3A3X.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
