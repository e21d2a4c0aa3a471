import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-22BZXS6A.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-BGWHZMTW.js";
import "./chunk-UFLFCYPR.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
