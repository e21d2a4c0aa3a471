import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-SO6DTNL7.js";
import "./chunk-NCJQXGU4.js";
import "./chunk-X2IURHLJ.js";
import "./chunk-OB6L76I3.js";
import "./chunk-4AKDBPXO.js";
import "./chunk-ECGGCDRL.js";
import "./chunk-SROMTZ3L.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
