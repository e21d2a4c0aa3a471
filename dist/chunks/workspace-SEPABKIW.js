import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  badgesFor,
  previewChanges,
  verifyRepository
} from "./chunk-7KVHYJ6V.js";
import "./chunk-MJQW25RD.js";
import "./chunk-V4T6A2KP.js";
import "./chunk-L2J5KLJZ.js";
import "./chunk-MPQJMRKY.js";
import "./chunk-ADZUIPYG.js";
import "./chunk-XSVA4CAX.js";
import "./chunk-UT5ZD4FN.js";
export {
  badgesFor,
  previewChanges,
  verifyRepository
};
