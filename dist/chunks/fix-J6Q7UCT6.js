import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-GD4ANESX.js";
import "./chunk-ZAYWRH4N.js";
import "./chunk-UD2V2U2P.js";
import "./chunk-NI4EAR23.js";
import "./chunk-3O4ICTCP.js";
import "./chunk-74IR4WNA.js";
import "./chunk-N7U6Q7HY.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
