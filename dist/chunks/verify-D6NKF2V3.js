import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-7DTFILOX.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-ENHGRAZT.js";
import "./chunk-2JOQIJPX.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
