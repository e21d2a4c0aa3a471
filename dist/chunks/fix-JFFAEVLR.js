import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-ZTS5Y5SN.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-HBYMFOOJ.js";
import "./chunk-BEXJWLDZ.js";
import "./chunk-VGZLC2KE.js";
import "./chunk-MSHPERXR.js";
import "./chunk-CFLQ7GFS.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
