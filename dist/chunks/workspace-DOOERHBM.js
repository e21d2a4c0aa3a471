import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  badgesFor,
  previewChanges,
  reproduceDocument,
  verifyRepository
} from "./chunk-VHCJKN4D.js";
import "./chunk-MJQW25RD.js";
import "./chunk-CUNORTFM.js";
import "./chunk-QJAQTLHL.js";
import "./chunk-5ADI5KWL.js";
import "./chunk-MPQJMRKY.js";
import "./chunk-ADWDO3KC.js";
import "./chunk-CRC7KCAU.js";
import "./chunk-UT5ZD4FN.js";
export {
  badgesFor,
  previewChanges,
  reproduceDocument,
  verifyRepository
};
