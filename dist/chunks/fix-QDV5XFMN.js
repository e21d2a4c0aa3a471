import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-JGZKJYQN.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-OZCNRO7G.js";
import "./chunk-OZKTXKGU.js";
import "./chunk-3YEWRP3D.js";
import "./chunk-UISQZ65B.js";
import "./chunk-F7ZWHUOX.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
