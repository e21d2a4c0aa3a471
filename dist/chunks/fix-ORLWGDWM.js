import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-MSJE6EUZ.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-TFPIGXYZ.js";
import "./chunk-U4LODBOS.js";
import "./chunk-EUILSHUA.js";
import "./chunk-OYJ6UZLT.js";
import "./chunk-QN47DPJX.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
