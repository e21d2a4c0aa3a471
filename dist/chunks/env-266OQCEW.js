import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-WY4666IV.js";
import "./chunk-75SUKONT.js";
import "./chunk-W6XHLFO7.js";
import "./chunk-LHUGICZE.js";
import "./chunk-LBXTUIYC.js";
import "./chunk-J6KIIU6K.js";
import "./chunk-ZR6ZB6M4.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
