import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-P44RFRBU.js";
import "./chunk-VFW5E2TK.js";
import "./chunk-544EREAI.js";
import "./chunk-VTUHAP2F.js";
import "./chunk-E7ZWOTJ7.js";
import "./chunk-2M7KVKBQ.js";
import "./chunk-BFJTPQCO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
