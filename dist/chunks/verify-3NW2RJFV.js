import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-HXAYWV32.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-HUALVNES.js";
import "./chunk-EUDKUEN7.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
