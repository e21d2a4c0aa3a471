import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  badgesFor,
  previewChanges,
  reproduceDocument,
  verifyRepository
} from "./chunk-7SFG3YNF.js";
import "./chunk-MJQW25RD.js";
import "./chunk-TFZTCOQT.js";
import "./chunk-QJAQTLHL.js";
import "./chunk-5ADI5KWL.js";
import "./chunk-MPQJMRKY.js";
import "./chunk-PMWWEIS2.js";
import "./chunk-Q4H23HOU.js";
import "./chunk-UT5ZD4FN.js";
export {
  badgesFor,
  previewChanges,
  reproduceDocument,
  verifyRepository
};
