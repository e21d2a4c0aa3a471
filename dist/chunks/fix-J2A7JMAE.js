import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-Y3A4AK4L.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-OW5RCULX.js";
import "./chunk-TDADPH2K.js";
import "./chunk-M5KUR27S.js";
import "./chunk-V33ZOICZ.js";
import "./chunk-T4R24WAU.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
