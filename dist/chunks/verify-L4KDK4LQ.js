import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-5MRPMTBD.js";
import "./chunk-3HFFRSWY.js";
import "./chunk-OQKXYHJD.js";
import "./chunk-IE56FP72.js";
import "./chunk-PGB2QAAE.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
