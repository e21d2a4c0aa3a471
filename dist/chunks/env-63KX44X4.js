import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-BYKJWFEG.js";
import "./chunk-GQSFSUIO.js";
import "./chunk-FUEN4OSC.js";
import "./chunk-YNUW22FB.js";
import "./chunk-R7KAKIGE.js";
import "./chunk-Q5B6LL4W.js";
import "./chunk-HWIXEXQQ.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
