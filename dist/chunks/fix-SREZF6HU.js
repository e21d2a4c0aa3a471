import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-GF7I47JM.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-W2UUBRQV.js";
import "./chunk-W5RGRG2U.js";
import "./chunk-4Z3L535D.js";
import "./chunk-V33ZOICZ.js";
import "./chunk-T4R24WAU.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
