import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-BFJ5A7H2.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-JXGSZAYM.js";
import "./chunk-LPYZAJPB.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
