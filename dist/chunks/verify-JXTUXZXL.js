import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-3QZAGVDH.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-S52CHV2I.js";
import "./chunk-KMNV7V73.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
