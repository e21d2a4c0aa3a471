import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-BYSY4KEP.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-FKOOZKWB.js";
import "./chunk-YHOP7EDF.js";
import "./chunk-4RXGV5SY.js";
import "./chunk-3OEVIU2L.js";
import "./chunk-AJVLCIWT.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
