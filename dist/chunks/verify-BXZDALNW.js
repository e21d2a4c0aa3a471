import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-KKCZ7ZMK.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-FIHSSRJV.js";
import "./chunk-VD4WRPLE.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
