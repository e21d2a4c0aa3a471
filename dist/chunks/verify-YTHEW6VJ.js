import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-TDNTMNIC.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-LVCWZT6W.js";
import "./chunk-BRSHWBEZ.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
