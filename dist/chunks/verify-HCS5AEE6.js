import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-DASY4P3F.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-DR4SHKK2.js";
import "./chunk-XHN2LGOI.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
