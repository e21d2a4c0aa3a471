import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-EOKIHHEJ.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-SSPP3S5Y.js";
import "./chunk-XTTI4WXR.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
