import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-3JDHI4ZC.js";
import "./chunk-7TAV6QZK.js";
import "./chunk-74IR4WNA.js";
import "./chunk-N7U6Q7HY.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
