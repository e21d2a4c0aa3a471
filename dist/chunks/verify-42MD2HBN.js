import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-SPBP4VDZ.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-V4VBT237.js";
import "./chunk-GA4DLUJT.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
