import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-WKY43VE7.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-QMO5UOR4.js";
import "./chunk-V5UCXW3A.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
