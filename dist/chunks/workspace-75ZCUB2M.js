import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  badgesFor,
  previewChanges,
  verifyRepository
} from "./chunk-HRCZWC5I.js";
import "./chunk-MJQW25RD.js";
import "./chunk-BDBSAV2A.js";
import "./chunk-L2J5KLJZ.js";
import "./chunk-MPQJMRKY.js";
import "./chunk-DD3KDRSL.js";
import "./chunk-KOPXJMFZ.js";
import "./chunk-UT5ZD4FN.js";
export {
  badgesFor,
  previewChanges,
  verifyRepository
};
