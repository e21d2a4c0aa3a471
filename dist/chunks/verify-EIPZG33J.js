import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-EMN5DW2G.js";
import "./chunk-MXZSHMUQ.js";
import "./chunk-KZATUAOX.js";
import "./chunk-KGGNOSMD.js";
import "./chunk-ERFXLS72.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
