import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-WMKFIAWD.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-6256C7X5.js";
import "./chunk-VNX4K5WP.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
