import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-XJOMSDRO.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-NUNPQOF6.js";
import "./chunk-M6GKFEUD.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
