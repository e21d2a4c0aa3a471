import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-5NB7OBJS.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-4DOSEPFB.js";
import "./chunk-22I6JP7G.js";
import "./chunk-N6OSD6DZ.js";
import "./chunk-EYFP5HGV.js";
import "./chunk-SPXMWXEZ.js";
import "./chunk-WUQGJPXO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
