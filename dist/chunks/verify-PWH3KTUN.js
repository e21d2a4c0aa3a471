import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-R5NPLDN7.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-NAVMSWUT.js";
import "./chunk-LSHJEJF3.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
