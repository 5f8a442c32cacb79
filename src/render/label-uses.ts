import Handlebars from 'handlebars';
import type { LabelUse } from '../i18n/index.js';
import type { TemplateSource } from './template-source.js';

/** Every `{{t "key"}}` (and `(t "key")`) in a template and its partials, with file and line, for the start-up check. */
export function labelUses(source: TemplateSource): LabelUse[] {
  const uses: LabelUse[] = [];
  for (const { file, text } of source.files) {
    const visitor = new Handlebars.Visitor();
    const note = (node: hbs.AST.MustacheStatement | hbs.AST.SubExpression | hbs.AST.BlockStatement) => {
      const key = node.params[0];
      if (node.path.type === 'PathExpression' && (node.path as hbs.AST.PathExpression).original === 't' && key?.type === 'StringLiteral') {
        uses.push({ key: (key as hbs.AST.StringLiteral).value, file, line: node.loc.start.line });
      }
    };
    // Handlebars' visitor calls these by node type; each must keep walking the children.
    const walk = visitor as unknown as Record<string, (node: never) => unknown>;
    for (const type of ['MustacheStatement', 'SubExpression', 'BlockStatement'] as const) {
      const base = Handlebars.Visitor.prototype[type] as (this: Handlebars.Visitor, node: never) => unknown;
      walk[type] = function (this: Handlebars.Visitor, node: never) {
        note(node);
        return base.call(this, node);
      };
    }
    visitor.accept(Handlebars.parse(text));
  }
  return uses;
}
