import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-ZEYRJA44.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-Y63P2KUV.js";
import "./chunk-OYNFTVYJ.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
