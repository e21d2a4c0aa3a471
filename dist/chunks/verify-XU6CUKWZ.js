import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-3S5XM5W7.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-A2R2F5XQ.js";
import "./chunk-EUEF6LVA.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
