import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { EDIT_TOOL_NAME, editToolInputSchema } from '../src/protocol';

/**
 * Writes the edit tool's input schema, generated from the EditOp union, into package.json's `languageModelTools`
 * entry (the manifest must hold it literally). Run after changing an operation: `tsc -p . && node out/scripts/syncToolSchema.js`;
 * test/extension/manifest.test.ts fails until then.
 */
const file = path.join(__dirname, '..', '..', 'package.json');
const manifest = JSON.parse(readFileSync(file, 'utf8')) as { contributes: { languageModelTools: { name: string; inputSchema?: object }[] } };
const tool = manifest.contributes.languageModelTools.find((t) => t.name === EDIT_TOOL_NAME);
if (!tool) throw new Error(`package.json contributes no languageModelTools entry named ${EDIT_TOOL_NAME}`);
tool.inputSchema = editToolInputSchema();
writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`package.json: ${EDIT_TOOL_NAME}'s inputSchema written from the EditOp union`);
