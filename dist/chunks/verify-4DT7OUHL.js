import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-EM4WYLR3.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-NJELKFWN.js";
import "./chunk-XEILIJBT.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
