import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  badgesFor,
  previewChanges,
  reproduceDocument,
  verifyRepository
} from "./chunk-UQF4CHPY.js";
import "./chunk-MJQW25RD.js";
import "./chunk-RC23LWF6.js";
import "./chunk-QJAQTLHL.js";
import "./chunk-5ADI5KWL.js";
import "./chunk-MPQJMRKY.js";
import "./chunk-KNUPSYX5.js";
import "./chunk-H4H2VQ7D.js";
import "./chunk-UT5ZD4FN.js";
export {
  badgesFor,
  previewChanges,
  reproduceDocument,
  verifyRepository
};
