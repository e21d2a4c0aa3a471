import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-GOP33UPT.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-J4TMEMXF.js";
import "./chunk-O4TNGXHJ.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
