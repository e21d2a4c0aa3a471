import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  badgesFor,
  previewChanges,
  verifyRepository
} from "./chunk-KGW37DYL.js";
import "./chunk-MJQW25RD.js";
import "./chunk-N44WHP7V.js";
import "./chunk-L2J5KLJZ.js";
import "./chunk-MPQJMRKY.js";
import "./chunk-FBRCUTP5.js";
import "./chunk-7J2LOBFM.js";
import "./chunk-UT5ZD4FN.js";
export {
  badgesFor,
  previewChanges,
  verifyRepository
};
