import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-IJH46JX4.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-SHQK6PMI.js";
import "./chunk-VRX2TPRX.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
