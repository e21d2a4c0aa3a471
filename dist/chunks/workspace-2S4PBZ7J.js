import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  badgesFor,
  previewChanges,
  verifyRepository
} from "./chunk-U2B74MWP.js";
import "./chunk-MJQW25RD.js";
import "./chunk-MQTH6PXK.js";
import "./chunk-L2J5KLJZ.js";
import "./chunk-MPQJMRKY.js";
import "./chunk-7YFICAHM.js";
import "./chunk-C476ZC2A.js";
import "./chunk-UT5ZD4FN.js";
export {
  badgesFor,
  previewChanges,
  verifyRepository
};
