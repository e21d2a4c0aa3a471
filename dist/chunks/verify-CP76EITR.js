import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-SDUFN2UO.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-QJLXXU3L.js";
import "./chunk-UXNPNM75.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
