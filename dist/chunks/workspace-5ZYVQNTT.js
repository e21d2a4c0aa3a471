import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  badgesFor,
  previewChanges,
  reproduceDocument,
  verifyRepository
} from "./chunk-EXCOGJ7R.js";
import "./chunk-MJQW25RD.js";
import "./chunk-OQAJL4CR.js";
import "./chunk-QJAQTLHL.js";
import "./chunk-5ADI5KWL.js";
import "./chunk-MPQJMRKY.js";
import "./chunk-XRVEUS3B.js";
import "./chunk-ICDO52LI.js";
import "./chunk-UT5ZD4FN.js";
export {
  badgesFor,
  previewChanges,
  reproduceDocument,
  verifyRepository
};
