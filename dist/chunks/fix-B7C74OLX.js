import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-R7XDIDIQ.js";
import "./chunk-NCJQXGU4.js";
import "./chunk-JR7YTHMY.js";
import "./chunk-FORNUT2L.js";
import "./chunk-Y33END5H.js";
import "./chunk-MXZSHMUQ.js";
import "./chunk-KZATUAOX.js";
import "./chunk-ERFXLS72.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
