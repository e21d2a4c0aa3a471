import { createRequire as __mathreproCreateRequire } from 'node:module';
const require = __mathreproCreateRequire(import.meta.url);
import {
  runFix
} from "./chunk-YW7F3ALX.js";
import "./chunk-NCJQXGU4.js";
import "./chunk-S2IRQYF2.js";
import "./chunk-HTJBVFZC.js";
import "./chunk-OQFZQIY4.js";
import "./chunk-FOKF52JH.js";
import "./chunk-5VOWWBDU.js";
import "./chunk-BSJ6EQOO.js";
import "./chunk-UT5ZD4FN.js";
export {
  runFix
};
