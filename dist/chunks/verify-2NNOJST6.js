import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-HP4G7TOC.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-72NACZ2P.js";
import "./chunk-X6R5AJRH.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
