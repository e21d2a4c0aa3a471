import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-4XMNQ4B2.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-REI2E6MV.js";
import "./chunk-VLU56YSR.js";
import "./chunk-4J72SQXF.js";
import "./chunk-ENHGRAZT.js";
import "./chunk-2JOQIJPX.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
