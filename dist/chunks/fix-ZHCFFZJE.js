import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-B37TTBLY.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-LD5VYOKE.js";
import "./chunk-K6HZBVFM.js";
import "./chunk-IDZRJIA5.js";
import "./chunk-72NACZ2P.js";
import "./chunk-X6R5AJRH.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
