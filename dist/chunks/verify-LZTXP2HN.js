import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-YHZGIX6C.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-Z3FXPJDH.js";
import "./chunk-XPHMBMAG.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
