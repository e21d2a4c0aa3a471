import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-B7PV55BM.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-EYFP5HGV.js";
import "./chunk-SPXMWXEZ.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
