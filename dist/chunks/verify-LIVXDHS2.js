import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-ESXOLWOA.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-MMRFFMYO.js";
import "./chunk-YNDUFFMA.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
