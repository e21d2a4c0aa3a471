import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  reproduceDocument,
  verifyRepository
} from "./chunk-RDKXVQMK.js";
import "./chunk-YNUW22FB.js";
import "./chunk-R7KAKIGE.js";
import "./chunk-Q5B6LL4W.js";
import "./chunk-DVFZOOSX.js";
import "./chunk-HWIXEXQQ.js";
import "./chunk-UT5ZD4FN.js";
export {
  reproduceDocument,
  verifyRepository
};
