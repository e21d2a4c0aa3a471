import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-GF4IG3SP.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-KSIFVYDH.js";
import "./chunk-AKZEYRJ4.js";
import "./chunk-YBCWKUF7.js";
import "./chunk-SHQK6PMI.js";
import "./chunk-VRX2TPRX.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
