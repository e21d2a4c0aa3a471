import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-3HEKKJX3.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-IZ4VS2D7.js";
import "./chunk-PQSZTF5A.js";
import "./chunk-G4FURSH5.js";
import "./chunk-J4TMEMXF.js";
import "./chunk-O4TNGXHJ.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
