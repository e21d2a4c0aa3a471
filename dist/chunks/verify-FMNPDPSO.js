import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-66W5MY33.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-ZOX2TTWC.js";
import "./chunk-TA76BRAS.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
