import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-DXFP2I7P.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-B3XH4PKD.js";
import "./chunk-BNFOGQX4.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
