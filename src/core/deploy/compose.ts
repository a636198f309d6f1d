// Docker Compose files: `services.<name>.image` must name a pinned image.
import type { Hit } from '../types';
import { describeMutable, mutableReason, pinAdvice } from './image-ref';
import { entries, get, scalarText, unreadDocument, type ParsedYamlDoc } from './yaml-nodes';

export function analyseComposeDocs(docs: readonly ParsedYamlDoc[]): Hit[] {
  const hits: Hit[] = [];
  for (const d of docs) {
    if (d.hasErrors && d.text.includes('{{')) {
      hits.push(unreadDocument(d, 'service images'));
      continue;
    }
    try {
      for (const svc of entries(d, get(d, d.doc.contents, 'services')?.value)) {
        // A service with `build:` is built from this repository; `image:` only names the result.
        if (get(d, svc.value, 'build')) continue;
        const image = get(d, svc.value, 'image');
        if (!image) continue;
        const ref = scalarText(d, image.value);
        if (ref === undefined) continue;
        const reason = mutableReason(ref);
        if (!reason) continue;
        hits.push({
          rule: 'mutable-image-tag',
          line: image.line,
          message: `compose service "${svc.name}": ${describeMutable(ref, reason)}; ${pinAdvice(ref)}.`,
        });
      }
    } catch (error) {
      // keep what the other documents gave, and say what this one hid
      hits.push(unreadDocument(d, 'service images', error));
    }
  }
  return hits;
}
