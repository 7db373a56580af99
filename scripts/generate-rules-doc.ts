// npm run docs:rules — writes docs/legal-rules.md from the rule tables of packages/domain.
// The rendering is pure and lives in domain (renderRulesDoc), so a test can fail when the file drifts.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { NATIONAL_RULES, pendingRegimeContents, renderRulesDoc } from '../packages/domain/src/index';

const target = fileURLToPath(new URL('../docs/legal-rules.md', import.meta.url));
await writeFile(target, renderRulesDoc(NATIONAL_RULES, pendingRegimeContents()));
console.log(`Đã ghi ${NATIONAL_RULES.length} quy định vào docs/legal-rules.md.`);
