import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-KV6MC6DV.js";
import "./chunk-LHUGICZE.js";
import "./chunk-LBXTUIYC.js";
import "./chunk-J6KIIU6K.js";
import "./chunk-ZWMYZKY7.js";
import "./chunk-ZR6ZB6M4.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
