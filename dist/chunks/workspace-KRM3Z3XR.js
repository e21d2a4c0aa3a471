import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  badgesFor,
  previewChanges,
  reproduceDocument,
  verifyRepository
} from "./chunk-YWURDQLC.js";
import "./chunk-MJQW25RD.js";
import "./chunk-YJ6CZ7W6.js";
import "./chunk-L2J5KLJZ.js";
import "./chunk-MPQJMRKY.js";
import "./chunk-MNAC37L7.js";
import "./chunk-C7G5PFPM.js";
import "./chunk-UT5ZD4FN.js";
export {
  badgesFor,
  previewChanges,
  reproduceDocument,
  verifyRepository
};
