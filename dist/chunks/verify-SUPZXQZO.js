import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-GE6FRODL.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-SXH5YP6M.js";
import "./chunk-ZXWMXPXJ.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
