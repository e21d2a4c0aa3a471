import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  badgesFor,
  previewChanges,
  reproduceDocument,
  verifyRepository
} from "./chunk-26NSYUQP.js";
import "./chunk-MJQW25RD.js";
import "./chunk-JSEDVNVW.js";
import "./chunk-QJAQTLHL.js";
import "./chunk-5ADI5KWL.js";
import "./chunk-MPQJMRKY.js";
import "./chunk-E4PDEVRI.js";
import "./chunk-CRTVYE6D.js";
import "./chunk-UT5ZD4FN.js";
export {
  badgesFor,
  previewChanges,
  reproduceDocument,
  verifyRepository
};
