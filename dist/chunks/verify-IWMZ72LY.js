import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-CNY3TKFE.js";
import "./chunk-EDMVDKCZ.js";
import "./chunk-FUSYV2PC.js";
import "./chunk-B2N53MOW.js";
import "./chunk-KUVVV3TX.js";
import "./chunk-GUR7AGTL.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
