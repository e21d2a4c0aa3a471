import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-OXEI5VDW.js";
import "./chunk-EFGOQ4OG.js";
import "./chunk-BT5M4I36.js";
import "./chunk-UAX7BOGI.js";
import "./chunk-5GAP5TYK.js";
import "./chunk-6CXV5Q5C.js";
import "./chunk-B6JGVCYG.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
