import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-6DPNXLVX.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-JPETYAJZ.js";
import "./chunk-PFXQH53V.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
