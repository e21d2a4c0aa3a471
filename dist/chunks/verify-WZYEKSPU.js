import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-Y44JWUQR.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-MSHPERXR.js";
import "./chunk-CFLQ7GFS.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
