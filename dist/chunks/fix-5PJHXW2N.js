import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-SVRW7V4R.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-YMDHMQE5.js";
import "./chunk-2TAXQMUL.js";
import "./chunk-MNMQMLGK.js";
import "./chunk-V33ZOICZ.js";
import "./chunk-T4R24WAU.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
