import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-A7MLFXA5.js";
import "./chunk-JSVHYINH.js";
import "./chunk-X7STP4U7.js";
import "./chunk-NSLKCUE4.js";
import "./chunk-I7KZESIP.js";
import "./chunk-QHRM34D2.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
