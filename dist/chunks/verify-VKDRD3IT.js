import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-QTFXIDNO.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-Y4AKEYDR.js";
import "./chunk-CM7ZZ6DK.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
