import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-T7DDV6QQ.js";
import "./chunk-OV4HXMXW.js";
import "./chunk-SUOCGQ25.js";
import "./chunk-76IBXBMO.js";
import "./chunk-AGQ4WPX7.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
