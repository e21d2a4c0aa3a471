import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-S64RULDT.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-ECHPMTUP.js";
import "./chunk-JFCYZC4X.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
