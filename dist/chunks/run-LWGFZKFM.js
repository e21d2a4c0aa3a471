import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runEnvLint
} from "./chunk-LUEMN4YA.js";
import "./chunk-RC23LWF6.js";
import "./chunk-H4H2VQ7D.js";
import "./chunk-UT5ZD4FN.js";
export {
  runEnvLint
};
