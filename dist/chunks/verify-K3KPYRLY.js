import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-NGJLH3BW.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-DJMCZW3H.js";
import "./chunk-GK3A3DAN.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
