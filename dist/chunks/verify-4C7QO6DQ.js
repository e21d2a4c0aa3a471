import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-ZXPZHKLJ.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-BUZEX5Q7.js";
import "./chunk-XOIHDAUS.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
