import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  badgesFor,
  previewChanges,
  reproduceDocument,
  verifyRepository
} from "./chunk-LCUT4D72.js";
import "./chunk-MJQW25RD.js";
import "./chunk-EVYVX53W.js";
import "./chunk-QJAQTLHL.js";
import "./chunk-5ADI5KWL.js";
import "./chunk-CXJD2SRB.js";
import "./chunk-JBGCR5EM.js";
import "./chunk-P4DWQL2V.js";
import "./chunk-UT5ZD4FN.js";
export {
  badgesFor,
  previewChanges,
  reproduceDocument,
  verifyRepository
};
