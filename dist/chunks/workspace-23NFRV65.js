import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  badgesFor,
  previewChanges,
  verifyRepository
} from "./chunk-KZM6ICFK.js";
import "./chunk-MJQW25RD.js";
import "./chunk-3TB7L3K4.js";
import "./chunk-L2J5KLJZ.js";
import "./chunk-MPQJMRKY.js";
import "./chunk-7TKU5Z6L.js";
import "./chunk-JOP32B4C.js";
import "./chunk-UT5ZD4FN.js";
export {
  badgesFor,
  previewChanges,
  verifyRepository
};
