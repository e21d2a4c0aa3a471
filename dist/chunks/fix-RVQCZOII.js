import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-ZAWSIKG3.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-YM3JDALF.js";
import "./chunk-6PAW5SF4.js";
import "./chunk-C5543T4E.js";
import "./chunk-Y4AKEYDR.js";
import "./chunk-CM7ZZ6DK.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
