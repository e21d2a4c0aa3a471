import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-6Q4OATOU.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-DDSW4QFO.js";
import "./chunk-IYPVRAR2.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
