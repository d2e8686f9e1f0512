import { draft } from './draft';
import { lexical } from './lexical';
import { plain } from './plain';
import { prosemirror } from './prosemirror';
import { quill } from './quill';
import { textarea } from './textarea';
import type { EditorKind, EditorKindSpec } from './types';

export const EDITORS: Record<EditorKind, EditorKindSpec> = {
  textarea,
  plain,
  draft,
  lexical,
  quill,
  prosemirror,
};
