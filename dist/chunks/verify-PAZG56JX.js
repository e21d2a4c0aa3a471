import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-BMJXZF63.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-C5LR6PVH.js";
import "./chunk-UV2QP67O.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
